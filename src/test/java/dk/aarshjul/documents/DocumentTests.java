package dk.aarshjul.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.CentreEvaluationProcess;
import dk.aarshjul.strategy.CentreEvaluations;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.strategy.StrategyRepository.StrategyMap;
import dk.aarshjul.system.ApiAccess;
import dk.aarshjul.system.TextLimits;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.Submissions;
import dk.aarshjul.test.TestData;

/**
 * The documents generated from records made by the real processes, read back with PDFBox: their text, their pages,
 * and page 1 rendered as an image (written to {@code target/documents/} for a look).
 */
@ApplicationTest
class DocumentTests {

	private static final String UNIT = "borupgaard-skole";
	private static final String LEADER = "leder-borupgaard-skole";
	private static final String CHIEF = "chef-skole";
	private static final String GOAL = "Flere elever læser dagligt, især drengene";
	private static final String OTHER_GOAL = "Den nye lov om elevers fravær er indført på alle årgange";

	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	IdentityService identity;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AgreementService agreements;
	@Autowired
	StrategyRepository strategy;
	@Autowired
	DocumentController documents;

	@AfterEach
	void tearDown() {
		identity.clearAuthentication();
		TestData.reset(runtime, jdbc);
	}

	@Test
	void anApprovedUnitAgreementIsItsDocumentWithGoalsFrameSmartFieldsApproverAndDate() throws IOException {
		ProcessTestSupport.clock(2026, 12, 1);
		ProcessInstance process = start(2027);
		complete(process, LEADER, draft(process, 1_500_000, "Læsevejledere og bibliotekets åbne timer", 2027));
		assertThat(agreement(2027).status()).isEqualTo(Agreement.Status.SUBMITTED);
		assertThat(runtime.getVariable(process.getId(), UnitAgreementProcess.Var.PREVIOUS_AGREEMENT_ID))
			.as("a first agreement has none before it to link to").isNull();

		as(CHIEF, "center-skole");
		assertThatThrownBy(() -> documents.agreement(agreement(2027).id()))
			.isInstanceOf(ApiAccess.Conflict.class)
			.hasMessage("Decentral aftale for 2027 (version 1) er ikke godkendt endnu. Kun en godkendt aftale kan hentes som PDF.");
		as("leder-hellebaek-skole", "enhed-hellebaek-skole");
		assertThatThrownBy(() -> documents.agreement(agreement(2027).id())).as("not published: only its readers learn of it")
			.isInstanceOf(ApiAccess.Forbidden.class)
			.hasMessage("Du kan kun se aftaler for de enheder, du leder eller har ansvar for.");

		complete(process, "amed-tr-borupgaard", ProcessTestSupport.noRemarks());
		ProcessTestSupport.clock(2027, 2, 14);
		complete(process, CHIEF, Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		Agreement approved = agreement(2027);
		assertThat(approved.status()).isEqualTo(Agreement.Status.APPROVED);

		as(CHIEF, "center-skole");
		ResponseEntity<byte[]> response = documents.agreement(approved.id());

		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline; "
				+ "filename=\"Decentral aftale 2027 - Borupgaard Skole.pdf\"; "
				+ "filename*=UTF-8''Decentral%20aftale%202027%20-%20Borupg%C3%A5rd%20Skole.pdf");
		Initiative initiative = strategy.initiativesInForce("helsingor", "skole", 2027).get(0);
		try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
			String text = text(pdf);
			assertThat(text).contains("Decentral aftale 2027", "Borupgård Skole – Center for Skole",
					"Godkendt aftale, version 1, gældende.")
				.contains("1. Aftaleparter", "Leder Steen Lund", "Centerchef Bente Olesen")
				.contains("Økonomisk ramme 1.500.000 kr.", "Enhedens samlede økonomiske ramme for 2027.")
				.contains("Udviklingsmål 1: " + GOAL)
				.contains("Strategikort " + initiative.code() + ": " + initiative.title())
				.contains("Visionsmål " + initiative.visionGoalCode() + ": " + initiative.visionGoalTitle())
				.contains("Specifikt " + GOAL, "Målbart – indikator Andel elever, der læser mindst 20 minutter om dagen",
						"Målbart – målniveau 75 % på 5. årgang", "Realistisk – ressourcer Læsevejledere og bibliotekets åbne timer",
						"Tidsafgrænset – frist 30.06.2027", "Accepteret Godkendt af begge parter den 14.02.2027")
				.contains("4. Mål for andre vigtige indsatsområder", "Mål 1: " + OTHER_GOAL, "Område Ny lovgivning")
				.contains("Godkendt af Bente Olesen (for Center for Skole)", "Godkendt den 14.02.2027",
						"Udarbejdet af Steen Lund", "Version 1 (årets første aftale)")
				.contains("Side 1 af " + pdf.getNumberOfPages());
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Decentral aftale 2027 – Borupgård Skole");
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.01f));
			render(pdf, "decentral-aftale-2027.png");
		}

		as(LEADER, "enhed-" + UNIT);
		assertThat(documents.agreement(approved.id()).getBody()).isNotEmpty();
		as("leder-hellebaek-skole", "enhed-hellebaek-skole");
		assertThat(documents.agreement(approved.id()).getBody()).as("approved: published to everyone logged in")
			.isNotEmpty();
		as(CHIEF, "center-skole");
		assertThatThrownBy(() -> documents.agreement(999_999)).isInstanceOf(ApiAccess.NotFound.class)
			.hasMessage("Aftalen med id 999999 findes ikke.");
	}

	@Test
	void longTextsWrapAndFlowOverPagesEachNumbered() throws IOException {
		ProcessTestSupport.clock(2026, 12, 1);
		ProcessInstance process = start(2027);
		String resources = Submissions.text("Ressourcer: ", TextLimits.COMMENT, true);
		complete(process, LEADER, draft(process, 987_654_321, resources, 2027));
		complete(process, "amed-tr-borupgaard", ProcessTestSupport.noRemarks());
		complete(process, CHIEF, Map.of(UnitAgreementProcess.Var.DECISION, "approve"));

		as("sekretariat", "sekretariat");
		try (PDDocument pdf = Loader.loadPDF(documents.agreement(agreement(2027).id()).getBody())) {
			int pages = pdf.getNumberOfPages();
			assertThat(pages).isGreaterThan(2);
			for (int page = 1; page <= pages; page++) {
				assertThat(text(pdf, page)).contains("Side " + page + " af " + pages)
					.contains("Decentral aftale 2027 – Borupgård Skole");
			}
			assertThat(text(pdf)).contains("987.654.321 kr.");
			// Every word of the long text is there, in order, whatever the lines it was broken into.
			String withoutFooters = text(pdf).replaceAll(" ?Decentral aftale 2027 – Borupgård Skole Side \\d+ af \\d+", "");
			assertThat(withoutFooters).contains(resources.replaceAll("\\s+", " "));
			render(pdf, "decentral-aftale-lang.png");
		}
	}

	@Test
	void theEvaluationSummaryCountsNamesAndShowsEachEvaluation() throws IOException {
		ProcessTestSupport.clock(2025, 12, 1);
		ProcessInstance lastYear = start(2026);
		complete(lastYear, LEADER, draft(lastYear, 1_500_000, "To læsevejledere", 2026));
		complete(lastYear, "amed-tr-borupgaard", ProcessTestSupport.noRemarks());
		complete(lastYear, CHIEF, Map.of(UnitAgreementProcess.Var.DECISION, "approve"));

		ProcessTestSupport.clock(2027, 1, 20);
		ProcessInstance process = start(2027);
		Map<String, Object> evaluation = new LinkedHashMap<>();
		evaluation.put(UnitAgreementProcess.Var.LAST_YEAR_GOAL + 1,
				Submissions.json(Map.of("result", "PARTLY", "remark", "Drengene på 5. årgang nåede målet; på 6. årgang mangler vi.")));
		evaluation.put(UnitAgreementProcess.Var.LAST_YEAR_GOAL + 2, Submissions.json(Map.of("result", "ACHIEVED")));
		complete(process, UnitAgreementProcess.TASK_EVALUATE_LAST_YEAR, LEADER, evaluation);
		complete(process, UnitAgreementProcess.TASK_CONFIRM_EVALUATION, CHIEF, Map.of());
		complete(process, UnitAgreementProcess.TASK_DRAFT, LEADER, draft(process, 1_600_000, "To læsevejledere", 2027));
		assertThat(runtime.getVariable(process.getId(), UnitAgreementProcess.Var.PREVIOUS_AGREEMENT_ID))
			.as("the approval form links to last year's agreement").isEqualTo(agreement(2026).id());

		ProcessInstance centre = runtime.startProcessInstanceByKey(CentreEvaluationProcess.KEY,
				Map.of("year", 2027, "municipality", "helsingor", "centre", "skole"));
		ProcessTestSupport.executeJobs(management);
		Map<String, Object> centreEvaluation = CentreEvaluations.valid(runtime, centre.getId());
		centreEvaluation.put(CentreEvaluationProcess.Var.EVALUATION, "Skolerne nåede de fleste mål; læsning på mellemtrinnet går frem.");
		Task evaluate = tasks.createTaskQuery().processInstanceId(centre.getId()).singleResult();
		tasks.setAssignee(evaluate.getId(), "direktor-born");
		tasks.complete(evaluate.getId(), centreEvaluation);

		as("byraadssekretaer", "byraadet");
		ResponseEntity<byte[]> response = documents.evaluations(2027);
		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.contains("filename*=UTF-8''Evaluering%20af%202026%20-%20sammenfatning%20til%20Byr%C3%A5det%202027.pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
			String text = text(pdf);
			assertThat(text).contains("Evaluering af 2026", "Sammenfatning til Byrådet, 1. kvartal 2027 – Helsingør Kommune")
				.contains("Centre 1 af 10 centre har evalueret 2026 med deres direktør.")
				.contains("1 evalueret og bekræftet af centerchefen")
				.contains("Enhedernes mål fra 2026 1 opfyldt, 1 delvist opfyldt, 0 ikke opfyldt.")
				.contains("Sekretariatet har endnu ikke skrevet sammenfatningen.")
				.contains("Evalueret af Tina Andreasen den 20.01.2027", "Skolerne nåede de fleste mål; læsning på mellemtrinnet går frem.")
				.contains("Borupgård Skole Evalueret og bekræftet af centerchefen.")
				.contains("Udviklingsmål: " + GOAL + " – Delvist opfyldt. Drengene på 5. årgang nåede målet; på 6. årgang mangler vi.")
				.contains("Hellebæk Skole Ingen godkendt aftale for 2026.")
				.contains("5. Hvem mangler");
			String missing = text.substring(text.indexOf("5. Hvem mangler"));
			assertThat(missing).contains("Center for Dagtilbud").doesNotContain("Center for Skole")
				.contains("Enheder uden godkendt aftale for 2027 Borupgård Skole, Hellebæk Skole");
			render(pdf, "evaluering-2027.png");
		}

		as(LEADER, "enhed-" + UNIT);
		assertThatThrownBy(() -> documents.evaluations(2027)).isInstanceOf(ApiAccess.Forbidden.class);
		as("sekretariat", "sekretariat");
		assertThatThrownBy(() -> documents.evaluations(1999)).isInstanceOf(ApiAccess.NotFound.class);
	}

	@Test
	void anApprovedStrategyMapIsItsDocumentAndADraftIsRefused() throws IOException {
		StrategyMap map = strategy.mapInForce("helsingor", "skole", 2027).orElseThrow();
		List<Initiative> initiatives = strategy.initiativesOfMap(map.id());

		as("direktor-born", "direktoromraade-direktor-born");
		ResponseEntity<byte[]> response = documents.strategyMap(map.id());
		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.contains("filename*=UTF-8''Strategikort%20" + map.firstYear() + "-" + map.lastYear() + "%20-%20Center%20for%20Skole.pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
			String text = text(pdf);
			assertThat(text).contains("Strategikort " + map.firstYear() + "–" + map.lastYear(), "Center for Skole – Helsingør Kommune")
				.contains("Ejer Center for Skole", "Periode " + map.firstYear() + "–" + map.lastYear() + " (to år)",
						"Version 1", "Status Godkendt");
			for (Initiative initiative : initiatives) {
				assertThat(text).contains(initiative.code() + ": " + initiative.title())
					.contains("Visionsmål " + initiative.visionGoalCode() + ": " + initiative.visionGoalTitle());
			}
			render(pdf, "strategikort-skole.png");
		}

		StrategyMap corporate = strategy.mapInForce("helsingor", Initiative.CORPORATE, 2027).orElseThrow();
		assertThat(documents.strategyMap(corporate.id()).getBody()).as("approved: published to everyone logged in")
			.isNotEmpty();
		as("kommunaldirektor", "direktionen", "koncernledelsen");
		try (PDDocument pdf = Loader.loadPDF(documents.strategyMap(corporate.id()).getBody())) {
			assertThat(text(pdf)).contains("Ejer Koncernledelsen (det tværgående strategikort)");
		}

		jdbc.sql("""
				INSERT INTO strategy_map (municipality_id, owner, first_year, last_year, status, version, written_in, written_by)
				VALUES ('helsingor', 'skole', ?, ?, 'DRAFT', 2, ?, 'chef-skole')""")
			.params(map.firstYear(), map.lastYear(), map.firstYear() - 1).update();
		long draft = jdbc.sql("SELECT id FROM strategy_map WHERE status = 'DRAFT'").query(Long.class).single();
		as(LEADER, "enhed-" + UNIT);
		assertThatThrownBy(() -> documents.strategyMap(draft)).isInstanceOf(ApiAccess.Forbidden.class);
		as("kommunaldirektor", "direktionen", "koncernledelsen");
		assertThatThrownBy(() -> documents.strategyMap(draft)).isInstanceOf(ApiAccess.Conflict.class)
			.hasMessage("Strategikortet for " + map.firstYear() + "–" + map.lastYear()
					+ " (version 2) er ikke godkendt endnu. Kun et godkendt strategikort kan hentes som PDF.");
	}

	private ProcessInstance start(int year) {
		ProcessInstance process = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY, year + ":" + UNIT,
				Map.of("year", year, "municipality", "helsingor", "unit", UNIT));
		ProcessTestSupport.executeJobs(management);
		return process;
	}

	/** Completes the process's one open task as the person. */
	private void complete(ProcessInstance process, String user, Map<String, Object> variables) {
		identity.clearAuthentication();
		Task task = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
		tasks.setAssignee(task.getId(), user);
		tasks.complete(task.getId(), variables);
	}

	private void complete(ProcessInstance process, String taskKey, String user, Map<String, Object> variables) {
		identity.clearAuthentication();
		Task task = tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(taskKey).singleResult();
		tasks.setAssignee(task.getId(), user);
		tasks.complete(task.getId(), variables);
	}

	/** A draft with one development goal (on the first initiative offered) and one on new legislation, in Danish. */
	private Map<String, Object> draft(ProcessInstance process, long frame, String resources, int year) {
		String initiative = Submissions.options(runtime, process.getId(), UnitAgreementProcess.Var.INITIATIVE_OPTIONS).get(0);
		Map<String, Object> goal = new LinkedHashMap<>();
		goal.put("initiative", initiative);
		goal.put("title", GOAL);
		goal.put("indicator", "Andel elever, der læser mindst 20 minutter om dagen");
		goal.put("target", "75 % på 5. årgang");
		goal.put("resources", resources);
		goal.put("deadline", "30.06." + year);
		goal.put("evaluationMethod", "Spørgeskema til elever og forældre i maj; læsetest på 5. årgang");
		Map<String, Object> other = new LinkedHashMap<>();
		other.put("kind", "LEGISLATION");
		other.put("title", OTHER_GOAL);
		other.put("indicator", "Fraværet registreres dagligt i alle klasser");
		other.put("target", "Alle årgange fra 1. august");
		other.put("resources", "Skolesekretærerne og én pædagogisk dag");
		other.put("deadline", "01.08." + year);
		other.put("evaluationMethod", "Gennemgang af registreringerne på skolebestyrelsesmødet i september");
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(UnitAgreementProcess.Var.ECONOMIC_FRAME, frame);
		variables.put(UnitAgreementProcess.Var.DEVELOPMENT_GOAL + 1, Submissions.json(goal));
		variables.put(UnitAgreementProcess.Var.DEVELOPMENT_GOAL + 2, Submissions.json(Map.of("omit", true)));
		variables.put(UnitAgreementProcess.Var.DEVELOPMENT_GOAL + 3, Submissions.json(Map.of("omit", true)));
		variables.put(UnitAgreementProcess.Var.OTHER_GOAL + 1, Submissions.json(other));
		variables.put(UnitAgreementProcess.Var.OTHER_GOAL + 2, Submissions.json(Map.of("omit", true)));
		variables.put(UnitAgreementProcess.Var.OTHER_GOAL + 3, Submissions.json(Map.of("omit", true)));
		return variables;
	}

	private Agreement agreement(int year) {
		return agreements.agreementsOf("helsingor", Party.UNIT, UNIT).stream().filter(a -> a.year() == year)
			.reduce((a, b) -> b).orElseThrow();
	}

	private void as(String user, String... groups) {
		identity.setAuthentication(user, List.of(groups));
	}

	/** The document's text with every run of white space (line breaks too) as one space. */
	static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
	}

	static String text(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	/** Page 1 as an image: there must be ink on it; the file is there to be looked at. */
	static void render(PDDocument pdf, String name) throws IOException {
		BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
		Path file = Path.of("target", "documents", name);
		Files.createDirectories(file.getParent());
		ImageIO.write(image, "png", file.toFile());
		long ink = 0;
		for (int x = 0; x < image.getWidth(); x += 2) {
			for (int y = 0; y < image.getHeight(); y += 2) {
				if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
					ink++;
				}
			}
		}
		assertThat(ink).as("pixels with ink on page 1 of " + name).isGreaterThan(1000);
	}
}
