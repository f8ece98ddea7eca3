package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ObjectionFormTest {

    @ParameterizedTest
    @EnumSource(ObjectionGround.class)
    void the_form_accepts_every_ground_of_pasal_35(ObjectionGround ground) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            ObjectionForm form = new ObjectionForm(ground.name(), "Kasus posisi");

            assertThat(validator.validate(form)).isEmpty();
            assertThat(form.ground()).isEqualTo(ground);
        }
    }
}
