package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.webapp.complaint.attachment.PhoneFiles;
import java.nio.charset.StandardCharsets;

/** Files a citizen's phone might send, made in the test so their bytes are known. */
final class ComplaintFiles {

    private ComplaintFiles() {
    }

    /** A web page pretending to be a photo: named foto.jpg and sent as image/jpeg. */
    static byte[] disguisedHtml() {
        return "<!doctype html><html><script>alert('x')</script></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** {@code size} bytes that start like a JPEG, to test the size limit before anything else. */
    static byte[] oversized(int size) {
        byte[] bytes = new byte[size];
        byte[] jpeg = PhoneFiles.jpeg();
        System.arraycopy(jpeg, 0, bytes, 0, jpeg.length);
        return bytes;
    }
}
