package id.go.cilegon.sigap.command.shared;

import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the refusals the aggregates throw, for Axon fixtures' {@code expectException}. */
public final class Refusals {

    private Refusals() {
    }

    /** A refusal with this rule code, whatever its message says. */
    public static Matcher<Throwable> refusedWith(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable failure) {
                return failure instanceof RuleViolation violation && violation.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(Throwable failure, Description mismatch) {
                mismatch.appendText("was ").appendValue(failure instanceof RuleViolation violation
                        ? "RuleViolation " + violation.code() + ": " + violation.getMessage()
                        : failure.toString());
            }
        };
    }
}
