package id.go.cilegon.sigap.webapp.complaint.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Photos as phones write them, made in the test so their bytes are known. */
public final class PhoneFiles {

    private PhoneFiles() {
    }

    /**
     * A real JPEG with an EXIF block right after its start marker, as phones write it: APP1 {@code Exif\0\0}, a
     * little-endian TIFF header, and a GPS IFD holding the latitude reference and the latitude -6° 1' 12".
     */
    public static byte[] jpegWithGps() {
        byte[] jpeg = jpeg();
        byte[] tiff = {
                'I', 'I', 42, 0, 8, 0, 0, 0,                            // TIFF header, IFD0 at offset 8
                1, 0,                                                    // IFD0: one entry
                0x25, (byte) 0x88, 4, 0, 1, 0, 0, 0, 26, 0, 0, 0,        // GPSInfo pointer -> offset 26
                0, 0, 0, 0,                                              // no next IFD
                2, 0,                                                    // GPS IFD: two entries
                1, 0, 2, 0, 2, 0, 0, 0, 'S', 0, 0, 0,                    // GPSLatitudeRef "S"
                2, 0, 5, 0, 3, 0, 0, 0, 56, 0, 0, 0,                     // GPSLatitude, 3 rationals at 56
                0, 0, 0, 0,                                              // no next IFD
                6, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 12, 0, 0, 0, 1, 0, 0, 0};
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(header, 0, header.length);
        out.write(tiff, 0, tiff.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A 64×48 photo of a pothole, more or less. */
    public static byte[] jpeg() {
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

    /** Whether {@code bytes} hold an EXIF block anywhere. */
    public static boolean hasExif(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains("Exif\0\0");
    }
}
