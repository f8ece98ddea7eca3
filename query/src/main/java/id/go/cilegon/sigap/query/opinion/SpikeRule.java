package id.go.cilegon.sigap.query.opinion;

/**
 * When negative opinion is a spike: on one day, a topic (or a kecamatan) has at least {@code minimum} negative
 * texts, and at least {@code factor} times its mean per day over the {@code baselineDays} days before (a quiet
 * history counts as a mean of one, so a first handful is not a spike). Defaults: 5, 3 and 14, settable under
 * {@code sigap.opinion.spike.*}.
 */
public record SpikeRule(int minimum, double factor, int baselineDays) {

    public static final SpikeRule DEFAULT = new SpikeRule(5, 3.0, 14);

    public SpikeRule {
        if (minimum < 1 || factor < 1 || baselineDays < 1) {
            throw new IllegalArgumentException("A spike needs a minimum of 1, a factor of 1 and a baseline of a day"
                    + " at least");
        }
    }

    public boolean isSpike(long negative, double baselinePerDay) {
        return negative >= minimum && negative >= factor * Math.max(baselinePerDay, 1.0);
    }
}
