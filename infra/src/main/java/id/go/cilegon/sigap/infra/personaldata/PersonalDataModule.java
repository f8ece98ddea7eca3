package id.go.cilegon.sigap.infra.personaldata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.module.SimpleModule;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;

/**
 * Jackson 2 module that seals every {@link PersonalData} as {@code {"subject":"…","sealed":"…"}}: the whole value
 * {@code T} is written as JSON and encrypted with the subject's own key, so no field of it (name, NIK, phone, …)
 * reaches the event store in clear, and one deleted key erases all of them at once. An erased value is written
 * as {@code "sealed":null}; a value whose key is gone reads back as {@link PersonalData#erased}, so old events still
 * load. {@code T} is read back by its declared type, so it must be a concrete type (a record, typically).
 */
public final class PersonalDataModule extends SimpleModule {

    /** Plain JSON for the sealed inner document; the outer mapper's settings still apply through its context. */
    static final JsonFactory JSON = new JsonFactory();

    @SuppressWarnings({"unchecked", "rawtypes"})
    public PersonalDataModule(SubjectKeyStore keys) {
        super(PersonalDataModule.class.getSimpleName());
        PersonalDataCipher cipher = new PersonalDataCipher();
        Class<PersonalData<?>> type = (Class) PersonalData.class;
        addSerializer(type, new PersonalDataSerializer(keys, cipher));
        addDeserializer(type, new PersonalDataDeserializer(keys, cipher));
    }
}
