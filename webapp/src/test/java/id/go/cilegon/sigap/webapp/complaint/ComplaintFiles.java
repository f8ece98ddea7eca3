package id.go.cilegon.sigap.webapp.complaint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Files a citizen's phone might send, made in the test so their bytes are known. */
final class ComplaintFiles {

    private ComplaintFiles() {
    }

    /**
     * A real JPEG photo with an EXIF block right after its start marker, as phones write them: an APP1 segment
     * {@code Exif\0\0} followed by a little-endian TIFF header and one IFD entry pointing at a GPS IFD.
     */
    static byte[] photoWithExif() {
        byte[] jpeg = jpeg();
        byte[] tiff = {
                'I', 'I', 42, 0, 8, 0, 0, 0,             // TIFF header, first IFD at offset 8
                1, 0,                                     // one entry
                0x25, (byte) 0x88, 4, 0, 1, 0, 0, 0, 26, 0, 0, 0, // GPSInfo IFD pointer at offset 26
                0, 0, 0, 0,                               // no next IFD
                1, 0,                                     // GPS IFD: one entry
                1, 0, 2, 0, 2, 0, 0, 0, 'S', 0, 0, 0,     // GPSLatitudeRef = "S"
                0, 0, 0, 0};
        byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exifHeader.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exifHeader, 0, exifHeader.length);
        out.write(tiff, 0, tiff.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static byte[] jpeg() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x8B, 0x5A, 0x2B));
        graphics.fillRect(0, 0, 64, 48);
        graphics.setColor(Color.DARK_GRAY);
        graphics.fillOval(20, 14, 24, 18);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A web page pretending to be a photo: named foto.jpg and sent as image/jpeg. */
    static byte[] disguisedHtml() {
        return "<!doctype html><html><script>alert('x')</script></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** {@code size} bytes that start like a JPEG, to test the size limit before anything else. */
    static byte[] oversized(int size) {
        byte[] bytes = new byte[size];
        byte[] jpeg = jpeg();
        System.arraycopy(jpeg, 0, bytes, 0, jpeg.length);
        return bytes;
    }

    /** Whether {@code bytes} hold an EXIF block anywhere. */
    static boolean hasExif(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains("Exif\0\0");
    }
}
