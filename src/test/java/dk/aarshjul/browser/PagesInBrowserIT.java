package dk.aarshjul.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.test.PostgresApplicationIT;
import dk.aarshjul.test.ProcessTestSupport;

/**
 * Årshjul's own pages in a real Chromium, on PostgreSQL, on 10 March of next year: Borupgård Skole's agreement is
 * approved, Hellebæk Skole's waits past its deadline. The secretariat's wheel and its drill-down by keyboard to a
 * unit; a leader who logged in to Tasklist opens the wheel on their unit and the unit's red thread; an A-MED member
 * reads Vision og styring. Screenshots under target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInBrowserIT extends PostgresApplicationIT {

	private static final int YEAR = Year.now().getValue() + 1;

	@LocalServerPort
	int port;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;

	private Chromium browser;

	@BeforeAll
	void yearAndBrowser() {
		ProcessTestSupport.signUnitAgreement(runtime, tasks, management, "borupgaard-skole", YEAR);
		ProcessInstance submitted = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY, YEAR + ":hellebaek-skole",
				Map.of("municipality", "helsingor", "year", YEAR, "unit", "hellebaek-skole"));
		ProcessTestSupport.executeJobs(management);
		tasks.complete(tasks.createTaskQuery().processInstanceId(submitted.getId()).singleResult().getId(),
				AgreementDrafts.valid(runtime, submitted.getId(), YEAR));
		ProcessTestSupport.clock(YEAR, 3, 10);
		browser = Chromium.open("http://localhost:" + port);
	}

	@AfterAll
	void close() {
		ClockUtil.reset();
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theSecretariatSeesTheWheelAndGoesDownToAUnitByKeyboard() {
		browser.driver().manage().deleteAllCookies();
		browser.go("/aarshjul/");
		login("sekretariat");
		browser.waitFor(By.cssSelector("svg.wheel"));
		browser.waitUntil(d -> browser.all(By.cssSelector(".parties button")).size() == 10);
		assertThat(browser.waitFor(By.id("title")).getText()).isEqualTo("Årshjul " + YEAR + " – Helsingør Kommune");
		assertThat(browser.all(By.cssSelector("svg.wheel .marker[tabindex='0'][aria-label]"))).hasSizeGreaterThan(20);
		assertThat(browser.text()).contains("01.03." + YEAR).contains("Forsinket");
		browser.fullScreenshot("pages-01-wheel-secretariat");

		WebElement centre = button("Center for Skole");
		assertThat(centre.getAttribute("aria-label")).isEqualTo("Center for Skole: Bagud: 1 forsinket opgave. Vis centrets årshjul.");
		centre.sendKeys(Keys.ENTER);
		browser.waitUntil(d -> browser.waitFor(By.id("title")).getText().endsWith("Center for Skole"));
		button("Hellebæk Skole").sendKeys(Keys.SPACE);
		browser.waitUntil(d -> browser.waitFor(By.id("title")).getText().endsWith("Hellebæk Skole"));
		assertThat(browser.all(By.cssSelector(".crumbs li"))).extracting(WebElement::getText)
			.containsExactly("Helsingør Kommune", "Center for Skole", "Hellebæk Skole");
		WebElement deadline = browser.waitFor(By.cssSelector("svg.wheel .marker[aria-label^='Strategi og aftaler: Evaluering']"));
		deadline.sendKeys(Keys.ENTER);
		assertThat(browser.waitFor(By.id("detail")).getText()).contains("01.03." + YEAR).contains("Status: Forsinket")
			.contains("1 forsinket opgave");
		assertThat(browser.text()).contains("Afgiv A-MED's udtalelse om aftalen – Hellebæk Skole");
		browser.fullScreenshot("pages-02-wheel-drilled-down-to-a-unit");
	}

	@Test
	void aLeaderLoggedInToTasklistOpensTheirUnitsWheelAndRedThread() {
		new Tasklist(browser).login("leder-borupgaard-skole", "demo");
		browser.go("/aarshjul/");
		browser.waitFor(By.cssSelector("svg.wheel"));
		browser.waitUntil(d -> browser.waitFor(By.id("title")).getText().equals("Årshjul " + YEAR + " – Borupgård Skole"));
		assertThat(browser.text()).contains("Afsluttet – ingen opgaver efter fristen");
		browser.fullScreenshot("pages-03-wheel-leader");

		browser.waitFor(By.linkText("Enhedens side")).click();
		browser.waitUntil(d -> browser.text().contains("Den røde tråd") && browser.text().contains("Enhedens mål:"));
		assertThat(browser.text()).contains("Decentral aftale " + YEAR).contains("Godkendt, i kraft")
			.contains("Enhedens mål: Udviklingsmål nummer 1").contains("Visionsmål");
		browser.waitUntil(d -> browser.text().contains("Hvem gjorde hvad") && !browser.text().contains("Henter …"));
		assertThat(browser.text()).as("the unit's audit trail").contains("godkendte");
		browser.fullScreenshot("pages-04-unit-page-red-thread");

		browser.go("/aarshjul/enhed.html?unit=hellebaek-skole&year=" + YEAR);
		browser.waitUntil(d -> browser.text().contains("Du kan kun se siden for de enheder, du leder eller har ansvar for."));
	}

	@Test
	void anAMedMemberReadsVisionOgStyringAndDownloadsAnApprovedAgreement() throws Exception {
		browser.driver().manage().deleteAllCookies();
		browser.go("/aarshjul/vision.html?year=" + YEAR);
		login("amed-tr-borupgaard");
		browser.waitUntil(d -> browser.text().contains("Koncernledelsens strategikort") && browser.text().contains("Center for Skole"));
		assertThat(browser.waitFor(By.id("title")).getText()).isEqualTo("Vision og styring " + YEAR);
		assertThat(browser.all(By.cssSelector("a[href^='/api/documents/strategy-maps/']"))).hasSizeGreaterThan(1);
		browser.fullScreenshot("pages-05-vision-og-styring-a-med");

		List<WebElement> agreementLinks = browser.all(By.cssSelector("a[href^='/api/documents/agreements/']"));
		assertThat(agreementLinks).as("Borupgård Skole's approved agreement; Hellebæk Skole's is not approved").hasSize(1);
		assertThat(browser.text()).doesNotContain("Hellebæk Skole");
		String pdf = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
				  let text = ''; new Uint8Array(b).forEach(c => text += String.fromCharCode(c)); done(btoa(text));
				});""", agreementLinks.get(0).getAttribute("href"));
		try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode(pdf))) {
			assertThat(new PDFTextStripper().getText(document)).as("downloaded with the A-MED member's own login")
				.contains("Decentral aftale " + YEAR).contains("Borupgård Skole").contains("Udviklingsmål nummer 1");
		}
	}

	private void login(String user) {
		browser.waitFor(By.id("username")).sendKeys(user);
		browser.waitFor(By.id("password")).sendKeys("demo");
		browser.waitFor(By.cssSelector("button[type=submit]")).click();
		browser.waitUntil(d -> !d.getCurrentUrl().contains("login.html"));
	}

	private WebElement button(String name) {
		return browser.waitFor(By.xpath("//ul[@class='parties']//button[span[1][normalize-space()='" + name + "']]"));
	}
}
