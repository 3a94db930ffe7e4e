package dk.aarshjul.agreement;

import static dk.aarshjul.agreement.AgreementForms.developmentGoals;
import static dk.aarshjul.agreement.AgreementForms.draft;
import static dk.aarshjul.agreement.AgreementForms.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.agreement.UnitAgreementProcess.Var;
import dk.aarshjul.med.MedCouncil;
import dk.aarshjul.med.MedStatement;
import dk.aarshjul.med.MedStatementOutcome;
import dk.aarshjul.med.MedStatementPoint;
import dk.aarshjul.med.MedStatementService;
import dk.aarshjul.organisation.TaskRouting;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.EvaluationResult;
import dk.aarshjul.system.FourEyes;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestData;

/** "Decentral aftale" (bpmn/unit-agreement.bpmn) for Borupgård Skole in Center for Skole. */
@ApplicationTest
class UnitAgreementProcessTests {

	static final String UNIT = "borupgaard-skole";
	static final int YEAR = 2027;

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	AgreementService agreements;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MedStatementService statements;

	@BeforeEach
	void setUp() {
		init(engine);
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant()));
	}

	@AfterEach
	void tearDown() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void aFirstAgreementIsDraftedByTheLeaderAndApprovedByTheCentreChief() {
		ProcessInstance process = start(YEAR);

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_DRAFT)
			.hasPassed(UnitAgreementProcess.TASK_PREPARE).hasNotPassed(UnitAgreementProcess.TASK_EVALUATE_LAST_YEAR);
		assertThat(task(process)).hasCandidateGroup("enhed-borupgaard-skole")
			.as("the task says whose it is, so a list of many can be told apart and searched")
			.hasName("Udarbejd decentral aftale – Borupgård Skole")
			.hasDueDate(Date.from(LocalDate.of(YEAR, 3, 1).atTime(16, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
		assertThat(process).variables().containsEntry(Var.UNIT_NAME, "Borupgård Skole").containsEntry("centre", "skole");

		complete(task(process), draft(12_500_000, developmentGoals(2, initiatives(process), YEAR), YEAR));

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_MED_STATEMENT);
		assertThat(task(process)).hasCandidateGroup("a-med-borupgaard-skole");
		complete(task(process), withVariables(MedStatementPoint.Var.CHOICE, "NO_REMARKS"));

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_APPROVE).hasPassed(UnitAgreementProcess.EVENT_EVALUATION_CONFIRMED);
		assertThat(task(process)).hasCandidateGroup("center-skole");
		assertThat((String) runtime.getVariable(process.getId(), Var.SUMMARY))
			.contains("**Økonomisk ramme for 2027:** 12.500.000 kr.")
			.contains("**1. Udviklingsmål:** Udviklingsmål nummer 1 – strategikort: S1:")
			.contains("**3. Ny lovgivning:** Ny lov om folkeskolens prøver er implementeret");
		assertThat(agreement().status()).isEqualTo(Agreement.Status.SUBMITTED);

		complete(task(process), withVariables(Var.DECISION, "approve"));

		assertThat(process).isEnded().hasPassed(UnitAgreementProcess.END_EVENT);
		Agreement signed = agreement();
		assertThat(signed.status()).isEqualTo(Agreement.Status.APPROVED);
		assertThat(signed.economicFrame()).isEqualByComparingTo(new BigDecimal("12500000"));
		assertThat(signed.centreId()).isEqualTo("skole");
		assertThat(signed.goals()).extracting(Goal::kind)
			.containsExactly(GoalKind.DEVELOPMENT, GoalKind.DEVELOPMENT, GoalKind.LEGISLATION);
		assertThat(signed.goals()).allSatisfy(g -> assertThat(g.deadline()).isEqualTo(LocalDate.of(YEAR, 6, 30)));
		assertThat(signed.goals().get(0).initiativeId()).isNotNull();
	}

	@Test
	void theCentreChiefSendsTheAgreementBackWithCommentsAndTheLeaderCorrectsIt() {
		ProcessInstance process = start(YEAR);
		complete(task(process), draft(1_000_000, developmentGoals(1, initiatives(process), YEAR), YEAR));
		noRemarks(process);

		complete(task(process), withVariables(Var.DECISION, "return", Var.RETURN_COMMENT, "Målniveauet er for lavt."));

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_DRAFT).variables()
			.containsEntry(Var.RETURN_COMMENT, "Målniveauet er for lavt.").doesNotContainKey(Var.DECISION);
		assertThat(agreement().status()).isEqualTo(Agreement.Status.RETURNED);
		assertThat(agreement().returnComment()).isEqualTo("Målniveauet er for lavt.");

		complete(task(process), draft(1_100_000, developmentGoals(1, initiatives(process), YEAR), YEAR));
		noRemarks(process);
		complete(task(process), withVariables(Var.DECISION, "approve"));

		assertThat(process).isEnded();
		assertThat(agreement().status()).isEqualTo(Agreement.Status.APPROVED);
		assertThat(agreement().economicFrame()).isEqualByComparingTo("1100000");
		assertThat(agreement().returnComment()).isNull();
	}

	@Test
	void anAgreementThatBreaksTheRulesIsRefusedOnTheServerAndNothingIsSaved() {
		ProcessInstance process = start(YEAR);
		List<String> initiatives = initiatives(process);

		assertRefused(process, draft(1_000, developmentGoals(4, initiatives, YEAR), YEAR),
				"Aftalen kan højst have 3 udviklingsmål; kun de vigtigste mål hører hjemme i den (developmentGoal4 er for meget).");
		assertRefused(process, draft(1_000, List.of(), YEAR), "Aftalen skal have 1–3 udviklingsmål, men har ingen.");
		assertRefused(process, draft(-5, developmentGoals(1, initiatives, YEAR), YEAR),
				"Den økonomiske ramme skal være et beløb i kroner på 0 eller mere, ikke -5.");
		assertRefused(process, draft(12.5, developmentGoals(1, initiatives, YEAR), YEAR),
				"Den økonomiske ramme angives i hele kroner, ikke 12,50 kr. Skriv beløbet uden øre, fx 12.500.000.");
		assertRefused(process, draft("1.500.000,50", developmentGoals(1, initiatives, YEAR), YEAR),
				"Den økonomiske ramme angives i hele kroner, ikke 1.500.000,50 kr. Skriv beløbet uden øre, fx 12.500.000.");
		for (String ambiguous : List.of("mange penge", "12.5", "1,500,000", "1250000.50", "1.5000.000")) {
			assertRefused(process, draft(ambiguous, developmentGoals(1, initiatives, YEAR), YEAR),
					"Den økonomiske ramme skal skrives i hele kroner med punktum mellem tusinder, fx 1.500.000 (eller 1500000), "
							+ "ikke »" + ambiguous + "«, som kan læses på mere end én måde.");
		}
		assertRefused(process, draft(null, developmentGoals(1, initiatives, YEAR), YEAR),
				"Angiv enhedens samlede økonomiske ramme for 2027 i kroner.");
		assertRefused(process, draft(1_000, developmentGoals(1, List.of("999999"), YEAR), YEAR),
				"Udviklingsmål 1 skal knyttes til et initiativ på centrets strategikort for 2027.");
		assertRefused(process, draft(1_000, developmentGoals(1, initiatives, YEAR + 1), YEAR),
				"Udviklingsmål 1: fristen skal ligge i aftaleåret 2027, ikke 30.06.2028.");
		Map<String, Object> notSmart = AgreementForms.goal(initiatives.get(0), "Bedre trivsel", YEAR);
		notSmart.remove("indicator");
		notSmart.put("resources", " ");
		notSmart.remove("evaluationMethod");
		assertRefused(process, draft(1_000, List.of(notSmart), YEAR),
				"Udviklingsmål 1: angiv, hvordan det måles (målbart: indikator).",
				"Udviklingsmål 1: angiv de ressourcer, målet bygger på (realistisk).",
				"Udviklingsmål 1: angiv, hvordan målet evalueres (evaluerbart).");
		Map<String, Object> wrongArea = draft(1_000, developmentGoals(1, initiatives, YEAR), YEAR);
		wrongArea.put("otherGoal1", json(AgreementForms.otherGoal("DEVELOPMENT", YEAR)));
		assertRefused(process, wrongArea,
				"Mål for andet område 1: vælg området (ny lovgivning, lokalt fagligt mål eller andet vigtigt område).");
		Map<String, Object> notAGoal = draft(1_000, developmentGoals(1, initiatives, YEAR), YEAR);
		notAGoal.put("developmentGoal1", "tre gode mål");
		assertRefused(process, notAGoal, "developmentGoal1 skal være et mål med felter, ikke en enkelt værdi.",
				"Aftalen skal have 1–3 udviklingsmål, men har ingen.");

		assertThat(agreement().status()).isEqualTo(Agreement.Status.DRAFT);
		assertThat(agreement().goals()).isEmpty();
	}

	@Test
	void aDateAndAnAmountTypedTheDanishWayAreReadAsDanishAndOnesThatCouldBeReadOtherwiseAreRefused() {
		ProcessInstance process = start(YEAR);
		Map<String, Object> goal = AgreementForms.goal(initiatives(process).get(0), "Læsning", YEAR);
		for (String unreadable : List.of("03/01/2027", "31.02.2027", "1. marts")) {
			goal.put("deadline", unreadable);
			assertRefused(process, draft(1_000, List.of(goal), YEAR),
					"Udviklingsmål 1: fristen skal være en dato skrevet dd.mm.åååå, fx 30.06.2027, ikke »" + unreadable + "«.");
		}

		goal.put("deadline", "01.03.2027");
		complete(draftTask(process), draft("1.500.000", List.of(goal), YEAR));

		assertThat(agreement().goals().get(0).deadline()).as("1 March, never 3 January").isEqualTo(LocalDate.of(YEAR, 3, 1));
		assertThat(agreement().economicFrame()).as("points group thousands").isEqualByComparingTo("1500000");
	}

	@Test
	void aDecisionMustBeMadeAndASendBackMustSayWhy() {
		ProcessInstance process = start(YEAR);
		complete(task(process), draft(1_000, developmentGoals(1, initiatives(process), YEAR), YEAR));
		noRemarks(process);
		String approval = task(process).getId();

		assertThatThrownBy(() -> tasks.complete(approval, Map.of(Var.DECISION, "return")))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessage("Beslutningen kan ikke gemmes: Skriv, hvad der skal rettes, når aftalen sendes tilbage.");
		assertThatThrownBy(() -> tasks.complete(approval, Map.of(Var.DECISION, "måske")))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessage("Beslutningen kan ikke gemmes: Vælg, om aftalen godkendes eller sendes tilbage.");

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_APPROVE);
		assertThat(agreement().status()).isEqualTo(Agreement.Status.SUBMITTED);
	}

	@Test
	void nextYearTheLeaderFirstEvaluatesLastYearsGoalsOneByOne() throws Exception {
		signLastYear();

		ProcessInstance process = start(YEAR);

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_EVALUATE_LAST_YEAR);
		assertThat(task(process)).hasCandidateGroup("enhed-borupgaard-skole");
		assertThat(process).variables().containsEntry(Var.LAST_YEAR_GOAL_COUNT, 3);
		List<Map<String, Object>> goals = lastYearGoals(process);
		assertThat(goals).extracting(g -> g.get("title"))
			.containsExactly("Udviklingsmål nummer 1", "Udviklingsmål nummer 2", "Ny lov om folkeskolens prøver er implementeret");

		goals.get(0).put("result", "ACHIEVED");
		goals.get(1).put("result", "PARTLY");
		String evaluation = task(process).getId();
		assertThatThrownBy(() -> tasks.complete(evaluation, slots(goals)))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessageContaining("»Udviklingsmål nummer 2«: skriv en kommentar, når målet ikke er opfyldt.")
			.hasMessageContaining("»Ny lov om folkeskolens prøver er implementeret«: vælg opfyldt, delvist opfyldt eller ikke opfyldt.");

		goals.get(1).put("remark", "Halvdelen af klasserne nåede det.");
		goals.get(2).put("result", "NOT_ACHIEVED");
		goals.get(2).put("remark", "Loven blev udskudt.");
		complete(task(process), slots(goals));

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_DRAFT, UnitAgreementProcess.TASK_CONFIRM_EVALUATION);
		Agreement last = agreements.agreementsOf("helsingor", Party.UNIT, UNIT).get(0);
		assertThat(agreements.evaluations(last.id()).values()).extracting(Evaluation::result)
			.containsExactlyInAnyOrder(EvaluationResult.ACHIEVED, EvaluationResult.PARTLY, EvaluationResult.NOT_ACHIEVED);
	}

	@Test
	void lastYearsGoalsAreOfferedToContinueAndAContinuedGoalKeepsItsLink() throws Exception {
		signLastYear();
		Agreement last = agreements.approved("helsingor", Party.UNIT, UNIT, YEAR - 1).orElseThrow();
		ProcessInstance process = start(YEAR);
		complete(task(process), slots(evaluated(lastYearGoals(process))));
		complete(task(UnitAgreementProcess.TASK_CONFIRM_EVALUATION, process), Map.of());

		// The draft form is prefilled with last year's goals, each continuing the goal it came from, a year later.
		Map<String, Object> prefilled = slot(process, "developmentGoal1");
		assertThat(prefilled).containsEntry("title", "Udviklingsmål nummer 1")
			.containsEntry("carriedOverFrom", String.valueOf(last.goals().get(0).id()))
			.containsEntry("deadline", "30.06." + YEAR).containsEntry("omit", false);
		assertThat(slot(process, "otherGoal1")).containsEntry("kind", "LEGISLATION");

		// A goal cannot continue a goal of another agreement than the unit's own of last year.
		Map<String, Object> foreign = draft(1_000, developmentGoals(1, initiatives(process), YEAR), YEAR);
		Map<String, Object> goal = AgreementForms.goal(initiatives(process).get(0), "Fortsat læsning", YEAR);
		goal.put("carriedOverFrom", "999999");
		foreign.put("developmentGoal1", json(goal));
		assertRefused(process, foreign, "Udviklingsmål 1: målet, det viderefører, er ikke et mål i partens aftale for 2026.");

		// The leader keeps the first goal, rewords it, and leaves last year's goal for another area out.
		prefilled.put("title", "Læsning – andet år");
		// This year's map is a new one, so the goal is linked to one of its initiatives anew.
		assertThat(prefilled.get("initiative")).isNull();
		prefilled.put("initiative", initiatives(process).get(0));
		Map<String, Object> omitted = slot(process, "otherGoal1");
		omitted.put("omit", true);
		Map<String, Object> unused = slot(process, "developmentGoal2");
		unused.put("omit", true);
		complete(task(process), Map.of("economicFrame", 1_200, "developmentGoal1", json(prefilled),
				"developmentGoal2", json(unused), "otherGoal1", json(omitted)));
		noRemarks(process);
		complete(task(process), withVariables(Var.DECISION, "approve"));

		Agreement signed = agreement();
		assertThat(signed.goals()).extracting(Goal::title).containsExactly("Læsning – andet år");
		assertThat(signed.goals().get(0).carriedOverFrom()).isEqualTo(last.goals().get(0).id());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> slot(ProcessInstance process, String name) throws Exception {
		return new ObjectMapper().readValue(runtime.getVariable(process.getId(), name).toString(), Map.class);
	}

	private static List<Map<String, Object>> evaluated(List<Map<String, Object>> goals) {
		goals.forEach(g -> {
			g.put("result", "PARTLY");
			g.put("remark", "Delvist nået.");
		});
		return goals;
	}

	@Test
	void theCentreChiefConfirmsTheLeadersEvaluationWhileTheLeaderDraftsAndReadsAMedsStatementBeforeApproving() throws Exception {
		signLastYear();
		ProcessInstance process = start(YEAR);
		evaluateAs("leder-borupgaard-skole", process);

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_DRAFT, UnitAgreementProcess.TASK_CONFIRM_EVALUATION);
		assertThat(task(UnitAgreementProcess.TASK_CONFIRM_EVALUATION, process)).hasCandidateGroup("center-skole")
			.hasDueDate(Date.from(LocalDate.of(YEAR, 3, 1).atTime(16, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
		List<Map<String, Object>> prefilled = lastYearGoals(process);
		assertThat(prefilled).extracting(g -> g.get("result")).containsExactly("ACHIEVED", "PARTLY", "NOT_ACHIEVED");
		assertThat(prefilled.get(1)).containsEntry("leaderEvaluation", "Delvist opfyldt – Halvdelen af klasserne nåede det.");

		complete(draftTask(process), draft(1_000, developmentGoals(1, initiatives(process), YEAR), YEAR));
		Task statement = task(UnitAgreementProcess.TASK_MED_STATEMENT, process);
		assertThat(statement).hasCandidateGroup("a-med-borupgaard-skole")
			.hasDueDate(Date.from(LocalDate.of(YEAR, 3, 1).atTime(16, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
		tasks.setAssignee(statement.getId(), "amed-formand");
		complete(statement, withVariables(MedStatementPoint.Var.CHOICE, "GIVEN", MedStatementPoint.Var.TEXT,
				"A-MED støtter målene, men ønsker trivselsmålingen gentaget i efteråret."));

		assertThat(process).isWaitingAt(UnitAgreementProcess.EVENT_EVALUATION_CONFIRMED, UnitAgreementProcess.TASK_CONFIRM_EVALUATION)
			.variables().doesNotContainKey(MedStatementPoint.Var.CHOICE).doesNotContainKey(MedStatementPoint.Var.TEXT);
		assertThat((String) runtime.getVariable(process.getId(), MedStatementPoint.Var.FOR_DECIDER))
			.startsWith("**A-MED's udtalelse** (01.12.2026):")
			.endsWith("A-MED støtter målene, men ønsker trivselsmålingen gentaget i efteråret.");

		Task confirmation = task(UnitAgreementProcess.TASK_CONFIRM_EVALUATION, process);
		tasks.setAssignee(confirmation.getId(), "chef-skole");
		complete(confirmation);

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_APPROVE)
			.hasPassed(UnitAgreementProcess.END_EVALUATION_CONFIRMED, UnitAgreementProcess.EVENT_EVALUATION_CONFIRMED);
		assertThat(lastYearsEvaluations()).allSatisfy(e -> {
			assertThat(e.evaluatedBy()).isEqualTo("leder-borupgaard-skole");
			assertThat(e.confirmedBy()).isEqualTo("chef-skole");
			assertThat(e.corrected()).isFalse();
		});
		assertThat(statements.statementsOfProcess(process.getId())).singleElement().satisfies(s -> {
			assertThat(s.subject()).isEqualTo(MedStatementPoint.Subject.UNIT_AGREEMENT);
			assertThat(s.subjectId()).isEqualTo(agreement().id());
			assertThat(s.council()).isEqualTo(MedCouncil.A_MED);
			assertThat(s.councilOf()).isEqualTo(UNIT);
			assertThat(s.outcome()).isEqualTo(MedStatementOutcome.GIVEN);
			assertThat(s.givenBy()).isEqualTo("amed-formand");
			assertThat(s.year()).isEqualTo(YEAR);
		});

		complete(task(process), withVariables(Var.DECISION, "approve"));
		assertThat(process).isEnded();
	}

	@Test
	void theCentreChiefCorrectsOneGoalAndTheLeadersOwnEvaluationIsKept() throws Exception {
		signLastYear();
		ProcessInstance process = start(YEAR);
		evaluateAs("leder-borupgaard-skole", process);

		List<Map<String, Object>> goals = lastYearGoals(process);
		goals.get(1).put("result", "NOT_ACHIEVED");
		goals.get(1).put("remark", "Målet blev ikke nået i nogen klasse.");
		Task confirmation = task(UnitAgreementProcess.TASK_CONFIRM_EVALUATION, process);
		tasks.setAssignee(confirmation.getId(), "chef-skole");
		complete(confirmation, slots(goals));

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_DRAFT).hasPassed(UnitAgreementProcess.END_EVALUATION_CONFIRMED);
		List<Evaluation> evaluations = lastYearsEvaluations();
		assertThat(evaluations).filteredOn(Evaluation::corrected).singleElement().satisfies(e -> {
			assertThat(e.result()).isEqualTo(EvaluationResult.NOT_ACHIEVED);
			assertThat(e.remark()).isEqualTo("Målet blev ikke nået i nogen klasse.");
			assertThat(e.leaderResult()).isEqualTo(EvaluationResult.PARTLY);
			assertThat(e.leaderRemark()).isEqualTo("Halvdelen af klasserne nåede det.");
			assertThat(e.confirmedBy()).isEqualTo("chef-skole");
		});
		assertThat(evaluations).filteredOn(e -> !e.corrected()).hasSize(2).allSatisfy(e -> assertThat(e.confirmed()).isTrue());

		complete(draftTask(process), draft(1_000, developmentGoals(1, initiatives(process), YEAR), YEAR));
		noRemarks(process);

		assertThat(process).as("confirmed already: the approval comes at once").isWaitingAt(UnitAgreementProcess.TASK_APPROVE);
		assertThat((String) runtime.getVariable(process.getId(), MedStatementPoint.Var.FOR_DECIDER))
			.isEqualTo("**A-MED** har ingen bemærkninger til udkastet (01.12.2026).");
		assertThat(statements.statementsOfProcess(process.getId())).extracting(MedStatement::outcome, MedStatement::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(MedStatementOutcome.NO_REMARKS, null));
	}

	@Test
	void aVariableSubmittedWithTheDraftCannotLetTheApprovalPassBeforeTheChiefConfirms() throws Exception {
		signLastYear();
		ProcessInstance process = start(YEAR);
		evaluateAs("leder-borupgaard-skole", process);
		Map<String, Object> draft = draft(1_000, developmentGoals(1, initiatives(process), YEAR), YEAR);
		draft.put(Var.EVALUATION_PENDING, false);
		complete(draftTask(process), draft);
		complete(task(UnitAgreementProcess.TASK_MED_STATEMENT, process), withVariables(MedStatementPoint.Var.CHOICE, "NO_REMARKS"));

		assertThat(process).isWaitingAt(UnitAgreementProcess.EVENT_EVALUATION_CONFIRMED, UnitAgreementProcess.TASK_CONFIRM_EVALUATION);
		assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(UnitAgreementProcess.TASK_APPROVE)
			.count()).isZero();
	}

	@Test
	void whoEvaluatedCannotAlsoConfirmTheEvaluationAndAConfirmationMustKeepTheRules() throws Exception {
		signLastYear();
		ProcessInstance process = start(YEAR);
		evaluateAs("chef-skole", process);
		String confirmation = task(UnitAgreementProcess.TASK_CONFIRM_EVALUATION, process).getId();
		tasks.setAssignee(confirmation, "chef-skole");

		assertThatThrownBy(() -> tasks.complete(confirmation))
			.rootCause().isInstanceOf(FourEyes.Refused.class)
			.hasMessage("Beslutningen kan ikke gemmes: Du har selv udarbejdet evalueringen; "
					+ "derfor skal en anden i centerledelsen træffe beslutningen (fire øjne).");

		tasks.setAssignee(confirmation, "direktor-born");
		List<Map<String, Object>> goals = lastYearGoals(process);
		goals.get(0).put("result", "PARTLY");
		goals.get(0).put("remark", " ");
		goals.get(2).remove("result");
		assertThatThrownBy(() -> tasks.complete(confirmation, slots(goals)))
			.rootCause().isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.problems()).containsExactly(
					"»Udviklingsmål nummer 1«: skriv en kommentar, når målet ikke er opfyldt.",
					"»Ny lov om folkeskolens prøver er implementeret«: vælg opfyldt, delvist opfyldt eller ikke opfyldt."));

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_DRAFT, UnitAgreementProcess.TASK_CONFIRM_EVALUATION);
		assertThat(lastYearsEvaluations()).noneMatch(Evaluation::confirmed);
	}

	@Test
	void aStatementMustBeChosenAndWrittenWithinItsLimit() {
		ProcessInstance process = start(YEAR);
		complete(task(process), draft(1_000, developmentGoals(1, initiatives(process), YEAR), YEAR));
		String statement = task(process).getId();

		assertThatThrownBy(() -> tasks.complete(statement))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessage("Udtalelsen kan ikke gemmes: Vælg, om A-MED afgiver en udtalelse eller ikke har bemærkninger.");
		assertThatThrownBy(() -> tasks.complete(statement, Map.of(MedStatementPoint.Var.CHOICE, "GIVEN", MedStatementPoint.Var.TEXT, "  ")))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessage("Udtalelsen kan ikke gemmes: Skriv A-MED's udtalelse, eller vælg »Ingen bemærkninger«.");
		assertThatThrownBy(() -> tasks.complete(statement,
				Map.of(MedStatementPoint.Var.CHOICE, "GIVEN", MedStatementPoint.Var.TEXT, "x".repeat(10_001))))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessage("Udtalelsen kan ikke gemmes: Udtalelsen er for lang (højst 10.000 tegn).");

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_MED_STATEMENT);
		assertThat(statements.statementsOfProcess(process.getId())).isEmpty();
	}

	@Test
	void whenTheDeadlinePassesWithoutAStatementItIsRecordedAsMissingAndTheApprovalGoesAhead() {
		ProcessTestSupport.clock(YEAR, 2, 10);
		ProcessInstance process = start(YEAR);
		complete(task(process), draft(1_000, developmentGoals(1, initiatives(process), YEAR), YEAR));
		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_MED_STATEMENT);
		assertThat(job(UnitAgreementProcess.TIMER_MED_STATEMENT_DUE, process).getDuedate())
			.isEqualTo(Date.from(LocalDate.of(YEAR, 3, 1).atTime(16, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));

		ProcessTestSupport.clock(YEAR, 3, 2);
		execute(job(UnitAgreementProcess.TIMER_MED_STATEMENT_DUE, process));

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_APPROVE)
			.hasPassed(UnitAgreementProcess.TIMER_MED_STATEMENT_DUE, UnitAgreementProcess.TASK_RECORD_MISSING_MED_STATEMENT);
		assertThat((String) runtime.getVariable(process.getId(), MedStatementPoint.Var.FOR_DECIDER))
			.isEqualTo("**A-MED** afgav ikke udtalelse inden fristen (02.03.2027); udkastet behandles uden.");
		assertThat(statements.statementsOfProcess(process.getId())).singleElement().satisfies(s -> {
			assertThat(s.outcome()).isEqualTo(MedStatementOutcome.MISSING);
			assertThat(s.givenBy()).isNull();
		});
	}

	@Test
	void aDraftSharedLateGivesAMedAWeekAndAReSubmissionThreeDays() {
		ProcessTestSupport.clock(YEAR, 2, 27);
		ProcessInstance process = start(YEAR);
		complete(task(process), draft(1_000, developmentGoals(1, initiatives(process), YEAR), YEAR));
		assertThat(task(process)).hasDueDate(Date.from(LocalDate.of(YEAR, 3, 6).atTime(16, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
		noRemarks(process);
		complete(task(process), withVariables(Var.DECISION, "return", Var.RETURN_COMMENT, "Målniveauet er for lavt."));

		ProcessTestSupport.clock(YEAR, 3, 2);
		complete(task(process), draft(1_100, developmentGoals(1, initiatives(process), YEAR), YEAR));

		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_MED_STATEMENT);
		assertThat(task(process)).hasDueDate(Date.from(LocalDate.of(YEAR, 3, 5).atTime(16, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
		assertThat(job(UnitAgreementProcess.TIMER_MED_STATEMENT_DUE, process).getDuedate()).isEqualTo(task(process).getDueDate());
	}

	@Test
	void aCompletionCannotMoveTheAgreementToAnotherUnit() {
		ProcessInstance process = start(YEAR);
		Map<String, Object> draft = draft(1_000, developmentGoals(1, initiatives(process), YEAR), YEAR);
		draft.put("unit", "hellebaek-skole");
		String drafting = draftTask(process).getId();

		assertThatThrownBy(() -> tasks.complete(drafting, draft))
			.rootCause().isInstanceOf(TaskRouting.ScopeChangedException.class)
			.hasMessage("Opgaven kan ikke afsluttes: forløbets unit er »borupgaard-skole« og kan ikke ændres til »hellebaek-skole«.");
		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_DRAFT);
		assertThat(runtime.getVariable(process.getId(), "unit")).isEqualTo(UNIT);
	}

	private ProcessInstance start(int year) {
		ProcessInstance process = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY, year + ":" + UNIT,
				Map.of("year", year, "municipality", "helsingor", "unit", UNIT));
		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_PREPARE);
		execute(job());
		return process;
	}

	private void evaluateAs(String leader, ProcessInstance process) throws Exception {
		List<Map<String, Object>> goals = lastYearGoals(process);
		goals.get(0).put("result", "ACHIEVED");
		goals.get(1).put("result", "PARTLY");
		goals.get(1).put("remark", "Halvdelen af klasserne nåede det.");
		goals.get(2).put("result", "NOT_ACHIEVED");
		goals.get(2).put("remark", "Loven blev udskudt.");
		Task evaluation = task(UnitAgreementProcess.TASK_EVALUATE_LAST_YEAR, process);
		tasks.setAssignee(evaluation.getId(), leader);
		complete(evaluation, slots(goals));
	}

	private List<Evaluation> lastYearsEvaluations() {
		Agreement last = agreements.agreementsOf("helsingor", Party.UNIT, UNIT).get(0);
		return List.copyOf(agreements.evaluations(last.id()).values());
	}

	private void signLastYear() {
		ProcessInstance lastYear = start(YEAR - 1);
		complete(task(lastYear), draft(1_000, developmentGoals(2, initiatives(lastYear), YEAR - 1), YEAR - 1));
		noRemarks(lastYear);
		complete(task(lastYear), withVariables(Var.DECISION, "approve"));
	}

	private void noRemarks(ProcessInstance process) {
		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_MED_STATEMENT);
		complete(task(UnitAgreementProcess.TASK_MED_STATEMENT, process), withVariables(MedStatementPoint.Var.CHOICE, "NO_REMARKS"));
	}

	private Task draftTask(ProcessInstance process) {
		return task(UnitAgreementProcess.TASK_DRAFT, process);
	}

	private Agreement agreement() {
		return agreements.agreementsOf("helsingor", Party.UNIT, UNIT).stream().filter(a -> a.year() == YEAR).findFirst().orElseThrow();
	}

	private List<String> initiatives(ProcessInstance process) {
		return AgreementDrafts.initiatives(runtime, process.getId());
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> lastYearGoals(ProcessInstance process) throws Exception {
		List<Map<String, Object>> goals = new ArrayList<>();
		for (int i = 1; runtime.getVariable(process.getId(), Var.LAST_YEAR_GOAL + i) != null; i++) {
			goals.add(new ObjectMapper().readValue(runtime.getVariable(process.getId(), Var.LAST_YEAR_GOAL + i).toString(), Map.class));
		}
		return goals;
	}

	private static Map<String, Object> slots(List<Map<String, Object>> goals) {
		Map<String, Object> slots = new HashMap<>();
		for (int i = 0; i < goals.size(); i++) {
			slots.put(Var.LAST_YEAR_GOAL + (i + 1), json(goals.get(i)));
		}
		return slots;
	}

	private void assertRefused(ProcessInstance process, Map<String, Object> submitted, String... problems) {
		String drafting = draftTask(process).getId();
		assertThatThrownBy(() -> tasks.complete(drafting, submitted))
			.rootCause().isInstanceOfSatisfying(SubmissionRefusedException.class,
					e -> assertThat(e.problems()).containsExactly(problems));
		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_DRAFT);
	}
}
