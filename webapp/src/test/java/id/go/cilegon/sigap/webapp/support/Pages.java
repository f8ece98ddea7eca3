package id.go.cilegon.sigap.webapp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser journeys do on Sigap's pages, the way a person does it. */
public final class Pages {

    public static final Duration PATIENCE = Duration.ofSeconds(15);

    private Pages() {
    }

    public static void logIn(WebDriver desk, String baseUrl, String username, String password) {
        desk.get(baseUrl + "/masuk");
        desk.findElement(By.id("username")).sendKeys(username);
        desk.findElement(By.id("password")).sendKeys(password);
        desk.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(desk, PATIENCE).until(ExpectedConditions.urlContains("/petugas"));
    }

    /**
     * Opens the case page's action (a {@code details} element), fills its form (the one that posts: an action may also
     * hold a form that only fills this one in), and submits it.
     */
    public static void act(WebDriver desk, String actionId, Consumer<WebElement> filling) {
        WebElement action = desk.findElement(By.id(actionId));
        if (action.getAttribute("open") == null) {
            action.findElement(By.tagName("summary")).click();
        }
        WebElement form = action.findElement(By.cssSelector("form[method=post]"));
        filling.accept(form);
        markSubmitted(desk);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /**
     * Sends the form of {@code button} and waits for the page that answers it, so that nothing is read from the page
     * the form was on (its elements go stale, or show what they showed before).
     */
    public static void submit(WebDriver desk, WebElement button) {
        markSubmitted(desk);
        button.click();
        new WebDriverWait(desk, PATIENCE).ignoring(WebDriverException.class).until(Pages::answered);
    }

    /** The action was done: the page confirms it, with no refusal and no invalid field. */
    public static void assertDone(WebDriver desk, String confirmation) {
        new WebDriverWait(desk, PATIENCE).ignoring(WebDriverException.class)
                .until(page -> answered(page)
                        && (!absent(page, "berhasil") || !absent(page, "penolakan") || !absent(page, "kesalahan")));
        assertThat(absent(desk, "penolakan")).as("refused").isTrue();
        assertThat(absent(desk, "kesalahan")).as("invalid").isTrue();
        assertThat(desk.findElement(By.id("berhasil")).getText()).contains(confirmation);
    }

    /** Marks the page a form is sent from, so that waiting for the answer does not take this page for it. */
    private static void markSubmitted(WebDriver desk) {
        ((JavascriptExecutor) desk).executeScript("document.documentElement.setAttribute('data-submitted', '')");
    }

    /** Whether the page after a {@linkplain #markSubmitted marked} one has been parsed. */
    private static boolean answered(WebDriver page) {
        return Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript(
                "return document.readyState !== 'loading' && !document.documentElement.hasAttribute('data-submitted');"));
    }

    /** Whether the page lacks an element, asked of its source: finding nothing would wait the implicit wait out. */
    public static boolean absent(WebDriver page, String id) {
        return !page.getPageSource().contains("id=\"" + id + "\"");
    }

    public static void fill(WebElement form, String id, String value) {
        WebElement field = form.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
