package id.go.cilegon.sigap.webapp.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a browser test once more when headless Chromium stopped answering its driver ("Timed out receiving message
 * from renderer"): an occasional hang of the browser on this machine, not of Sigap, seen once in a few hundred
 * navigations. Only that failure is retried, only once, and only for tests without parameters; any other failure,
 * or the same one twice, fails the test as it is.
 */
public class RendererTimeoutRetry implements TestExecutionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(RendererTimeoutRetry.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            RendererTimeoutRetry.class);

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Method test = context.getRequiredTestMethod();
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (!rendererTimeout(failure) || test.getParameterCount() > 0 || store.get("retried") != null) {
            throw failure;
        }
        store.put("retried", true);
        log.warn("Chromium's renderer stopped answering in {}; running the test once more", test.getName(), failure);
        try {
            test.setAccessible(true);
            test.invoke(context.getRequiredTestInstance());
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static boolean rendererTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException && String.valueOf(cause.getMessage())
                    .contains("Timed out receiving message from renderer")) {
                return true;
            }
        }
        return false;
    }
}
