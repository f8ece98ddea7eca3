package id.go.cilegon.sigap.infra.personaldata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Writes {@code {"subject":"…","sealed":"…"}}; see {@link PersonalDataModule}. */
final class PersonalDataSerializer extends StdSerializer<PersonalData<?>> {

    private final transient SubjectKeyStore keys;
    private final transient PersonalDataCipher cipher;

    @SuppressWarnings({"unchecked", "rawtypes"})
    PersonalDataSerializer(SubjectKeyStore keys, PersonalDataCipher cipher) {
        super((Class) PersonalData.class);
        this.keys = keys;
        this.cipher = cipher;
    }

    @Override
    public void serialize(PersonalData<?> data, JsonGenerator generator, SerializerProvider provider)
            throws IOException {
        DataSubjectId subject = data.subject();
        generator.writeStartObject();
        generator.writeStringField("subject", subject.value());
        if (data.isErased()) {
            generator.writeNullField("sealed");
        } else {
            byte[] json = toJson(data.value(), provider);
            generator.writeStringField("sealed", cipher.seal(keys.keyFor(subject), subject, json));
        }
        generator.writeEndObject();
    }

    /** Serialises with the outer mapper's configuration (Java time as ISO strings, …) into a separate buffer. */
    private static byte[] toJson(Object value, SerializerProvider provider) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = PersonalDataModule.JSON.createGenerator(out)) {
            provider.defaultSerializeValue(value, json);
        }
        return out.toByteArray();
    }
}
