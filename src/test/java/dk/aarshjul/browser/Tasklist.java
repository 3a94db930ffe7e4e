package dk.aarshjul.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Camunda Tasklist as a person uses it: log in, pick a filter, open a task by its name, fill in a Camunda Form by its
 * labels, complete. Elements are found by what the person reads (labels, names) or by Tasklist's own stable markup,
 * never by position.
 */
public final class Tasklist {

	private final Chromium browser;

	public Tasklist(Chromium browser) {
		this.browser = browser;
	}

	public Tasklist login(String user, String password) {
		browser.driver().manage().deleteAllCookies();
		browser.go("/camunda/app/tasklist/default/");
		browser.waitFor(By.cssSelector("input[ng-model=username]")).sendKeys(user);
		browser.waitFor(By.cssSelector("input[ng-model=password]")).sendKeys(password);
		browser.waitFor(By.cssSelector("button[type=submit]")).click();
		browser.waitFor(By.cssSelector(".task-filter"));
		return this;
	}

	public void logout() {
		browser.driver().manage().deleteAllCookies();
	}

	/** Opens Tasklist's start dialog and chooses a process by its name. */
	public Tasklist startProcess(String processName) {
		browser.waitFor(By.cssSelector(".start-process-action a")).click();
		browser.waitFor(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()=" + literal(processName) + "]")).click();
		browser.waitFor(By.cssSelector(".modal-content .fjs-form"));
		return this;
	}

	/** Submits the start form of the open start dialog. */
	public void submitStartForm() {
		browser.waitFor(By.cssSelector(".modal-footer button.btn-primary")).click();
	}

	/** The name of the filter Tasklist shows as chosen. */
	public String activeFilter() {
		return browser.waitFor(By.cssSelector(".task-filter.active .name a")).getText().replaceAll("\\s*\\d+$", "").strip();
	}

	/** Opens the first task in the current list whose name starts with {@code name}. */
	public Tasklist openTask(String name) {
		By entry = By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[starts-with(normalize-space(), "
				+ literal(name) + ")]");
		browser.waitFor(entry).click();
		browser.waitFor(By.cssSelector(".task-details .fjs-form"));
		return this;
	}

	/** The task names the current list shows. */
	public List<String> taskNames() {
		browser.waitFor(By.cssSelector("ol.tasks-list"));
		return browser.all(By.cssSelector("ol.tasks-list h4.task a")).stream().map(WebElement::getText).toList();
	}

	/** Claims the open task if Tasklist still offers it (it claims by itself where it can). */
	public Tasklist claimIfOffered() {
		List<WebElement> claim = browser.all(By.cssSelector(".task-details button.claim"));
		if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
			browser.click(claim.get(0));
			browser.waitUntil(d -> d.findElements(By.cssSelector(".task-details button.claim")).stream().noneMatch(WebElement::isDisplayed));
		}
		return this;
	}

	/** The form field labelled {@code label}, within the form group titled {@code group} (or anywhere, if null). */
	public WebElement field(String group, String label) {
		String scope = group == null ? "//form[contains(@class,'fjs-form')]"
				: "//div[contains(@class,'fjs-form-field-group')][label[contains(@class,'fjs-form-field-label')][normalize-space()="
						+ literal(group) + "]]";
		WebElement container = browser.waitFor(By.xpath("(" + scope + ")[1]"));
		WebElement labelElement = container.findElement(By.xpath(".//label[contains(@class,'fjs-form-field-label')][@for]"
				+ "[starts-with(normalize-space(), " + literal(label) + ")]"));
		return browser.driver().findElement(By.id(labelElement.getAttribute("for")));
	}

	/** Types into a field, replacing what it holds, as a person selects all and types. */
	public Tasklist type(String group, String label, String text) {
		whileRendering(() -> {
			WebElement input = field(group, label);
			input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
			input.sendKeys(text);
		});
		return this;
	}

	/** Chooses the first option of a form-js select. */
	public Tasklist chooseFirst(String group, String label) {
		whileRendering(() -> {
			browser.click(field(group, label).findElement(By.xpath("./ancestor::div[contains(@class,'fjs-input-group')][1]")));
			browser.click(browser.waitFor(By.cssSelector(".fjs-dropdownlist-item")));
		});
		return this;
	}

	/** Does {@code step} again on the form as it is now, where the form was drawn anew under it (form-js re-renders). */
	private static void whileRendering(Runnable step) {
		for (int attempt = 1;; attempt++) {
			try {
				step.run();
				return;
			}
			catch (StaleElementReferenceException e) {
				if (attempt == 3) {
					throw e;
				}
			}
		}
	}

	/** Chooses the radio option labelled {@code option}. */
	public Tasklist choose(String option) {
		browser.click(browser.waitFor(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space()=" + literal(option) + "]")));
		return this;
	}

	/** Completes the open task. */
	public void complete() {
		browser.click(browser.waitFor(By.cssSelector(".task-details .form-actions button.btn-primary")));
	}

	/** The texts of Tasklist's notifications now shown. */
	public List<String> notifications() {
		return browser.all(By.cssSelector(".notifications .alert")).stream().map(WebElement::getText).toList();
	}

	/** A text as an XPath string literal; names such as "A-MED's" hold apostrophes. */
	private static String literal(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}
}
