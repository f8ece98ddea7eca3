package id.go.cilegon.sigap.webapp.complaint.attachment;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Removes everything from a photo but its pixels, by decoding it and encoding the pixels again with the JDK's own
 * ImageIO. That drops EXIF (the GPS position a phone writes), XMP, comments and any bytes hidden after the image,
 * and it refuses a file that only looks like an image. A JPEG loses a little quality (written at 0.9); the phone's
 * orientation tag goes with the rest, which the reader of a complaint photo can live with.
 */
final class ImageCleaner {

    private static final float JPEG_QUALITY = 0.9f;

    private ImageCleaner() {
    }

    /** The cleaned image in the same format, or empty if the bytes are not a readable image. */
    static Optional<byte[]> clean(byte[] bytes, String contentType) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return Optional.empty();
            }
            return Optional.of("image/png".equals(contentType) ? png(image) : jpeg(image));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
