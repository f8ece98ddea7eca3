package id.go.cilegon.sigap.query.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/** Calls a projection's event handler for an event's type, as Axon does, for tests that hand events over by hand. */
public final class Handlers {

    private Handlers() {
    }

    /**
     * Calls {@code projection}'s {@code on} method whose first parameter takes {@code event}, the most specific if
     * several do, and whose others are {@code more} (a sequence number, a time); fails if it has none.
     */
    public static void on(Object projection, Object event, Object... more) {
        Method handler = Arrays.stream(projection.getClass().getDeclaredMethods())
                .filter(method -> method.getName().equals("on") && method.getParameterCount() == 1 + more.length
                        && method.getParameterTypes()[0].isAssignableFrom(event.getClass()))
                .reduce((one, other) -> one.getParameterTypes()[0].isAssignableFrom(other.getParameterTypes()[0])
                        ? other : one)
                .orElseThrow(() -> new IllegalArgumentException("No handler in " + projection + " for " + event));
        Object[] arguments = new Object[1 + more.length];
        arguments[0] = event;
        System.arraycopy(more, 0, arguments, 1, more.length);
        try {
            handler.setAccessible(true);
            handler.invoke(projection, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
