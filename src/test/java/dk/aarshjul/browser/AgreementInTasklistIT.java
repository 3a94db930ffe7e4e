package dk.aarshjul.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.test.PostgresApplicationIT;

/**
 * The leaders' daily work in a real Chromium with a Danish browser, on PostgreSQL: the secretariat starts a cycle,
 * a leader drafts the agreement typing amounts and dates the Danish way, the chief sends it back once and approves
 * it. Screenshots of every step are kept under target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementInTasklistIT extends PostgresApplicationIT {

	private static final int YEAR = Year.now().getValue() + 1;
	private static final String UNIT = "Borupgård Skole";
	private static final String LEADER = "leder-borupgaard-skole";
	private static final String CHIEF = "chef-skole";
	private static final String WORKS_COUNCIL = "amed-tr-borupgaard";
	private static final String PASSWORD = "demo";

	@LocalServerPort
	int port;
	@Autowired
	TestRestTemplate rest;
	@Autowired
	RuntimeService runtime;
	@Autowired
	ManagementService management;
	@Autowired
	TaskService tasks;

	private Chromium browser;
	private Tasklist tasklist;

	@BeforeAll
	void openBrowser() {
		browser = Chromium.open("http://localhost:" + port);
		tasklist = new Tasklist(browser);
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theSecretariatStartsTheYearAndItsCalendarShowsDanishDates() {
		tasklist.login("sekretariat", PASSWORD).startProcess("Årets gang");
		tasklist.type(null, "År", String.valueOf(YEAR));
		browser.screenshot("01-secretariat-starts-the-year");
		assertThat(browser.waitFor(org.openqa.selenium.By.cssSelector("#aarshjul-link a")).getText())
			.as("the header links to the årshjul").isEqualTo("Årshjulet");
		assertThat(tasklist.englishOnScreen()).isEmpty();
		tasklist.submitStartForm();
		browser.waitUntil(d -> runtime.createProcessInstanceQuery().processDefinitionKey(AnnualCycleProcess.KEY)
			.processInstanceBusinessKey(String.valueOf(YEAR)).count() == 1);

		tasklist.openTask("Bekræft årets kalender");
		assertThat(tasklist.field(null, "1. kvartal: 1. kvartal begynder").getAttribute("value"))
			.as("the calendar's dates are shown dd.mm.åååå").matches("\\d{2}\\.01\\." + YEAR);
		browser.fullScreenshot("02-secretariat-confirms-the-calendar");
		assertThat(tasklist.englishOnScreen()).isEmpty();
	}

	@Test
	void aLeaderTypesDanishAmountsAndDatesTheChiefSendsItBackOnceAndApproves() {
		ProcessInstance agreement = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY,
				Map.of("year", YEAR, "municipality", "helsingor", "unit", "borupgaard-skole"));
		management.executeJob(management.createJobQuery().processInstanceId(agreement.getId()).singleResult().getId());

		tasklist.login(LEADER, PASSWORD);
		assertThat(tasklist.activeFilter()).isEqualTo("Min enheds opgaver");
		assertThat(tasklist.taskNames()).contains("Udarbejd decentral aftale – " + UNIT);
		tasklist.openTask("Udarbejd decentral aftale – " + UNIT);
		browser.waitUntil(d -> tasks.createTaskQuery().taskAssignee(LEADER).count() == 1);
		tasklist.claimIfOffered();
		tasklist.type(null, "Økonomisk ramme for året (kr.)", "1.500.000");
		String goal = "Udviklingsmål 1";
		tasklist.chooseFirst(goal, "Initiativ på centrets strategikort")
			.type(goal, "Mål – hvad skal opnås?", "Flere elever læser alderssvarende – også på Ærø, i Ølsted og Åbenrå")
			.type(goal, "Indikator – hvordan måles det?", "Andel elever med alderssvarende læsning")
			.type(goal, "Målniveau", "90 % i 3. klasse")
			.type(goal, "Ressourcer, målet bygger på", "To læsevejledere og skolebiblioteket")
			.type(goal, "Frist i aftaleåret", "01.03." + YEAR)
			.type(goal, "Sådan evalueres målet", "Nationale test og skolens egne læseprøver");
		browser.fullScreenshot("03-leader-drafts-the-agreement");
		assertThat(tasklist.englishOnScreen()).isEmpty();
		tasklist.complete();
		tasklist.waitForConfirmation();
		browser.screenshot("04-leader-after-completing");
		assertThat(status()).isEqualTo("SUBMITTED");
		assertThat(tasklist.englishOnScreen()).isEmpty();

		Map<?, ?> saved = agreementRecord();
		assertThat(((Number) saved.get("economicFrame")).longValue()).as("1.500.000 is one and a half million")
			.isEqualTo(1_500_000L);
		assertThat(((Map<?, ?>) ((List<?>) saved.get("goals")).get(0)).get("deadline")).as("1 March, never 3 January")
			.isEqualTo(YEAR + "-03-01");

		giveNoRemarksAsWorksCouncil();
		tasklist.login(CHIEF, PASSWORD).openTask("Godkend decentral aftale – " + UNIT).claimIfOffered();
		assertThat(browser.text()).as("the chief sees exactly what was typed").contains("1.500.000 kr.")
			.contains("01.03." + YEAR).contains("Flere elever læser alderssvarende – også på Ærø, i Ølsted og Åbenrå");
		tasklist.choose("Send aftalen tilbage med bemærkninger")
			.type(null, "Bemærkninger til den, der har skrevet aftalen", "Skærp målniveauet: 95 % i 3. klasse.");
		browser.fullScreenshot("05-chief-sends-it-back");
		assertThat(tasklist.englishOnScreen()).isEmpty();
		tasklist.complete();
		tasklist.waitForConfirmation();
		browser.waitUntil(d -> status().equals("RETURNED"));

		tasklist.login(LEADER, PASSWORD).openTask("Udarbejd decentral aftale – " + UNIT).claimIfOffered();
		assertThat(tasklist.field(null, "Økonomisk ramme for året (kr.)").getAttribute("value")).isEqualTo("1.500.000");
		tasklist.type(goal, "Målniveau", "95 % i 3. klasse");
		tasklist.complete();
		browser.waitUntil(d -> status().equals("SUBMITTED"));

		giveNoRemarksAsWorksCouncil();
		tasklist.login(CHIEF, PASSWORD).openTask("Godkend decentral aftale – " + UNIT).claimIfOffered();
		tasklist.choose("Godkend aftalen (begge parter accepterer målene)");
		tasklist.complete();
		browser.waitUntil(d -> status().equals("APPROVED"));
		browser.screenshot("06-chief-approved");
		assertThat(((Number) agreementRecord().get("economicFrame")).longValue()).isEqualTo(1_500_000L);
	}

	private void giveNoRemarksAsWorksCouncil() {
		tasklist.login(WORKS_COUNCIL, PASSWORD).openTask("Afgiv A-MED's udtalelse om aftalen – " + UNIT).claimIfOffered();
		tasklist.choose("Ingen bemærkninger");
		tasklist.complete();
		browser.waitUntil(d -> tasks.createTaskQuery().taskDefinitionKey(UnitAgreementProcess.TASK_MED_STATEMENT).count() == 0);
	}

	private String status() {
		return String.valueOf(agreementRecord().get("status"));
	}

	private Map<?, ?> agreementRecord() {
		ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth("sekretariat", PASSWORD)
			.exchange("/api/units/borupgaard-skole/agreements", HttpMethod.GET, null,
					new ParameterizedTypeReference<List<Map<String, Object>>>() {
					});
		return answer.getBody().get(answer.getBody().size() - 1);
	}
}
