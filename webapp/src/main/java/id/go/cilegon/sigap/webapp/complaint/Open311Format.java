package id.go.cilegon.sigap.webapp.complaint;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 documents in either of its formats, chosen by the URL's suffix: XML (the spec's mandatory one)
 * written with the JDK's StAX writer, or JSON. A document is a list of items, each an ordered map of field to value;
 * a value may be a list (rendered in XML as one element per entry, named after {@link #SINGULAR}) or a nested map.
 * Absent (null) values are left out.
 */
final class Open311Format {

    /** The element name of one entry of a repeated XML field. */
    private static final Map<String, String> SINGULAR = Map.of("endpoints", "endpoint", "formats", "format",
            "attributes", "attribute", "values", "value");
    private static final MediaType XML = new MediaType(MediaType.TEXT_XML, StandardCharsets.UTF_8);

    private Open311Format() {
    }

    static boolean known(String format) {
        return "xml".equals(format) || "json".equals(format);
    }

    /** A document with one root element, {@code root}, holding {@code items} as {@code item} elements. */
    static ResponseEntity<String> list(HttpStatus status, String format, String root, String item,
            List<? extends Map<String, ?>> items, JsonMapper json) {
        if ("json".equals(format)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(items));
        }
        return ResponseEntity.status(status).contentType(XML).body(xml(writer -> {
            writer.writeStartElement(root);
            for (Map<String, ?> entry : items) {
                writeObject(writer, item, entry);
            }
            writer.writeEndElement();
        }));
    }

    /** A document that is one object, such as the discovery document or a service definition. */
    static ResponseEntity<String> object(String format, String root, Map<String, ?> object, JsonMapper json) {
        if ("json".equals(format)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(object));
        }
        return ResponseEntity.ok().contentType(XML).body(xml(writer -> writeObject(writer, root, object)));
    }

    /** The spec's error list: one {@code code} and {@code description} per error. */
    static ResponseEntity<String> errors(HttpStatus status, String format, List<String> descriptions, JsonMapper json) {
        List<Map<String, ?>> errors = descriptions.stream()
                .<Map<String, ?>>map(description -> Map.of("code", status.value(), "description", description))
                .toList();
        return list(status, known(format) ? format : "xml", "errors", "error", errors, json);
    }

    private interface Writing {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String xml(Writing writing) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            writing.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void writeObject(XMLStreamWriter writer, String name, Map<String, ?> object)
            throws XMLStreamException {
        writer.writeStartElement(name);
        for (Map.Entry<String, ?> field : object.entrySet()) {
            writeValue(writer, field.getKey(), field.getValue());
        }
        writer.writeEndElement();
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(XMLStreamWriter writer, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            writeObject(writer, name, (Map<String, ?>) map);
        } else if (value instanceof List<?> list) {
            writer.writeStartElement(name);
            for (Object entry : list) {
                writeValue(writer, SINGULAR.getOrDefault(name, "item"), entry);
            }
            writer.writeEndElement();
        } else {
            writer.writeStartElement(name);
            writer.writeCharacters(String.valueOf(value));
            writer.writeEndElement();
        }
    }
}
