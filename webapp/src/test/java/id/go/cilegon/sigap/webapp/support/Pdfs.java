package id.go.cilegon.sigap.webapp.support;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a printed document's PDF as a reader would: its text, and its pages as pictures to look at. */
public final class Pdfs {

    private Pdfs() {
    }

    public static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Saves each page as a picture in target/screenshots for a person to look at; answers the page count. */
    public static int savePages(byte[] pdf, String name) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer pages = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(pages.renderImageWithDPI(page, 80), "png",
                        screenshots.resolve(name + "-" + (page + 1) + ".png").toFile());
            }
            return document.getNumberOfPages();
        }
    }
}
