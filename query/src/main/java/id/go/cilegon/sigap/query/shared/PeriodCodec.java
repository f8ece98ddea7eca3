package id.go.cilegon.sigap.query.shared;

import java.time.Period;
import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/** A {@link Period} (an exemption's term in a consequence test) as its ISO-8601 text, e.g. {@code P5Y}. */
final class PeriodCodec implements Codec<Period> {

    @Override
    public void encode(BsonWriter writer, Period value, EncoderContext context) {
        writer.writeString(value.toString());
    }

    @Override
    public Period decode(BsonReader reader, DecoderContext context) {
        return Period.parse(reader.readString());
    }

    @Override
    public Class<Period> getEncoderClass() {
        return Period.class;
    }
}
