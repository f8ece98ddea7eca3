package id.go.cilegon.sigap.query.shared;

import com.mongodb.MongoClientSettings;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.jsr310.Jsr310CodecProvider;
import org.bson.codecs.pojo.PojoCodecProvider;
import org.bson.codecs.record.RecordCodecProvider;

/**
 * Read-model documents are Java records mapped by the MongoDB driver's own record codec, so no projection
 * hand-writes BSON. Dates use the driver's JSR-310 codecs; a {@link java.time.Period} is kept as ISO-8601 text.
 */
public final class ReadModelCodecs {

    public static final CodecRegistry REGISTRY = CodecRegistries.fromRegistries(
            CodecRegistries.fromCodecs(new PeriodCodec()),
            CodecRegistries.fromProviders(new Jsr310CodecProvider(), new RecordCodecProvider()),
            MongoClientSettings.getDefaultCodecRegistry(),
            CodecRegistries.fromProviders(PojoCodecProvider.builder().automatic(true).build()));

    private ReadModelCodecs() {
    }
}
