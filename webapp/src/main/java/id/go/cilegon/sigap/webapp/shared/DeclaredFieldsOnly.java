package id.go.cilegon.sigap.webapp.shared;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form is a record, bound through its constructor and nothing else: a field name the record does not declare
 * is ignored, whatever path it spells ({@code nama.x}, {@code class.module.classLoader}, {@code unit[99999]}),
 * instead of being handed on to the property accessor, which fails on such paths with a server error.
 */
@ControllerAdvice
class DeclaredFieldsOnly {

    @InitBinder
    void bindThroughConstructorsOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }
}
