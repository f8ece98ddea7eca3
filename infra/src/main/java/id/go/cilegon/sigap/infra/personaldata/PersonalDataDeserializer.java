package id.go.cilegon.sigap.infra.personaldata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.io.IOException;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Reads {@code {"subject":"…","sealed":"…"}} back into a {@link PersonalData} of the declared {@code T}. A missing
 * key or a {@code null} seal means the subject was erased; a seal that fails authentication is an error
 * ({@link PersonalDataCryptoException}), never an erasure.
 */
final class PersonalDataDeserializer extends StdDeserializer<PersonalData<?>> implements ContextualDeserializer {

    private final transient SubjectKeyStore keys;
    private final transient PersonalDataCipher cipher;
    /** The declared {@code T}; {@code null} only in the module's uncontextualised prototype. */
    private final JavaType valueType;

    PersonalDataDeserializer(SubjectKeyStore keys, PersonalDataCipher cipher) {
        this(keys, cipher, null);
    }

    private PersonalDataDeserializer(SubjectKeyStore keys, PersonalDataCipher cipher, JavaType valueType) {
        super(PersonalData.class);
        this.keys = keys;
        this.cipher = cipher;
        this.valueType = valueType;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        JavaType declared = context.getContextualType() != null ? context.getContextualType() : property.getType();
        return new PersonalDataDeserializer(keys, cipher, declared.containedTypeOrUnknown(0));
    }

    @Override
    public PersonalData<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = context.readTree(parser);
        JsonNode subjectNode = node.get("subject");
        if (subjectNode == null || !subjectNode.isTextual()) {
            return context.reportInputMismatch(this, "PersonalData without a \"subject\"");
        }
        DataSubjectId subject = DataSubjectId.of(subjectNode.textValue());
        JsonNode sealed = node.get("sealed");
        if (sealed == null || sealed.isNull()) {
            return PersonalData.erased(subject);
        }
        if (!sealed.isTextual()) {
            return context.reportInputMismatch(this, "PersonalData \"sealed\" must be a string or null");
        }
        Optional<SecretKey> key = keys.existingKey(subject);
        if (key.isEmpty()) {
            return PersonalData.erased(subject);
        }
        byte[] json = cipher.open(key.get(), subject, sealed.textValue());
        try (JsonParser inner = PersonalDataModule.JSON.createParser(json)) {
            inner.setCodec(parser.getCodec());
            inner.nextToken();
            return PersonalData.of(subject, context.readValue(inner, valueType));
        }
    }
}
