package dk.aarshjul.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.med.MedCouncil;
import dk.aarshjul.med.MedStatement;
import dk.aarshjul.med.MedStatementOutcome;
import dk.aarshjul.med.MedStatementPoint;
import dk.aarshjul.med.MedStatementService;
import dk.aarshjul.organisation.OrganisationGroups;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.Submissions;
import dk.aarshjul.test.TestData;

/**
 * "Strategikort" (bpmn/strategy-map.bpmn): new maps in even years, reviews in odd years, and Koncernledelsen's decision
 * on each map at the seminar.
 */
@ApplicationTest
class StrategyMapProcessTests {

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	StrategyRepository strategy;
	@Autowired
	StrategyMapService maps;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MedStatementService statements;

	@BeforeEach
	void setUp() {
		init(engine);
		ProcessTestSupport.clock(2026, 10, 5);
	}

	@AfterEach
	void tearDown() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void inAnEvenYearTheCentreWritesANewMapForTheTwoYearsAfterAndTheSeminarApprovesItOnItsDate() {
		ProcessInstance process = start(2026, "skole");

		assertThat(process).isWaitingAt(StrategyMapProcess.TASK_WRITE).variables()
			.containsEntry(StrategyMapProcess.Var.MODE, "NEW").containsEntry(StrategyMapProcess.Var.PERIOD, "2027–2028");
		assertThat(task(process)).hasCandidateGroup(OrganisationGroups.centreManagement("skole"));
		tasks.complete(task(process).getId(), Submissions.newMap(runtime, process.getId(), "skole"));

		assertThat(process).isWaitingAt(StrategyMapProcess.TASK_MED_STATEMENT);
		assertThat(task(process)).hasCandidateGroup("c-med-skole").hasDueDate(ProcessTestSupport.dueAt(2026, 11, 14));
		assertThat(job(StrategyMapProcess.TIMER_MED_STATEMENT_DUE, process).getDuedate()).isEqualTo(ProcessTestSupport.dueAt(2026, 11, 14));
		tasks.setAssignee(task(process).getId(), "cmed-formand");
		tasks.complete(task(process).getId(), Map.of(MedStatementPoint.Var.CHOICE, "GIVEN",
				MedStatementPoint.Var.TEXT, "C-MED savner et initiativ om arbejdsmiljø."));

		assertThat(process).isWaitingAt(StrategyMapProcess.TIMER_SEMINAR);
		assertThat(strategy.mapInForce("helsingor", "skole", 2027)).get().satisfies(m -> assertThat(m.version()).isEqualTo(1));
		assertThat(maps.overview("helsingor", 2026)).contains("Center for Skole").contains("(nyt)").contains("skole: første nye initiativ")
			.contains("**Endnu ikke klar:** Koncernledelsen");
		assertThat(job(StrategyMapProcess.TIMER_SEMINAR, process).getDuedate())
			.isEqualTo(ProcessTestSupport.startOfDay(2026, 11, 15));

		seminar(2026);
		assertThat(process).isWaitingAt(StrategyMapProcess.TASK_DECIDE).variables()
			.hasEntrySatisfying(StrategyMapProcess.Var.DRAFT_SUMMARY, v -> assertThat((String) v).contains("skole: første nye initiativ"))
			.containsEntry(MedStatementPoint.Var.FOR_DECIDER, "**C-MED's udtalelse** (05.10.2026):\n\nC-MED savner et initiativ om arbejdsmiljø.");
		assertThat(task(process)).hasCandidateGroup(OrganisationGroups.CORPORATE_MANAGEMENT);
		tasks.complete(task(process).getId(), Map.of(StrategyMapProcess.Var.DECISION, "approve"));

		assertThat(process).isEnded().hasPassed(StrategyMapProcess.END_EVENT);
		assertThat(strategy.mapInForce("helsingor", "skole", 2027)).get().satisfies(m -> {
			assertThat(m.version()).isEqualTo(2);
			assertThat(strategy.initiativesOfMap(m.id())).hasSize(2);
		});
		assertThat(strategy.initiativesInForce("helsingor", "skole", 2027)).extracting(Initiative::code).containsExactly("I1", "I2");
		long mapId = strategy.mapInForce("helsingor", "skole", 2027).get().id();
		assertThat(statements.statementsOf(MedStatementPoint.Subject.STRATEGY_MAP, mapId)).singleElement().satisfies(st -> {
			assertThat(st.council()).isEqualTo(MedCouncil.C_MED);
			assertThat(st.councilOf()).isEqualTo("skole");
			assertThat(st.outcome()).isEqualTo(MedStatementOutcome.GIVEN);
			assertThat(st.givenBy()).isEqualTo("cmed-formand");
		});
	}

	@Test
	void koncernledelsensMapIsWrittenByKoncernledelsenAndHMedIsInformedBesideTheWayToTheSeminar() {
		ProcessInstance process = start(2026, Initiative.CORPORATE);

		assertThat(task(process)).hasCandidateGroup(OrganisationGroups.CORPORATE_MANAGEMENT);
		assertThat(process).variables().containsEntry(StrategyMapProcess.Var.OWNER_NAME, "Koncernledelsen");
		tasks.complete(task(process).getId(), Submissions.newMap(runtime, process.getId(), Initiative.CORPORATE));

		assertThat(process).isWaitingAt(StrategyMapProcess.TASK_ACKNOWLEDGE_CORPORATE_MAP, StrategyMapProcess.TIMER_SEMINAR)
			.hasNotPassed(StrategyMapProcess.TASK_MED_STATEMENT);
		assertThat(task(process)).hasCandidateGroup(OrganisationGroups.MAIN_WORKS_COUNCIL)
			.hasDueDate(ProcessTestSupport.dueAt(2026, 11, 14));
		tasks.setAssignee(task(process).getId(), "hmed-formand");
		String acknowledgement = task(process).getId();
		assertThatThrownBy(() -> tasks.complete(acknowledgement, Map.of(MedStatementPoint.Var.REMARKS, "x".repeat(2001))))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessage("Orienteringen kan ikke gemmes: Bemærkningerne er for lange (højst 2.000 tegn).");
		tasks.complete(acknowledgement, Map.of(MedStatementPoint.Var.REMARKS, "H-MED ønsker at følge arbejdsmiljøindsatsen."));

		assertThat(process).isWaitingAt(StrategyMapProcess.TIMER_SEMINAR).hasPassed(StrategyMapProcess.END_MAIN_COUNCIL_INFORMED)
			.variables().doesNotContainKey(MedStatementPoint.Var.FOR_DECIDER);
		assertThat(statements.statementsOfProcess(process.getId())).singleElement().satisfies(st -> {
			assertThat(st.council()).isEqualTo(MedCouncil.H_MED);
			assertThat(st.councilOf()).isNull();
			assertThat(st.outcome()).isEqualTo(MedStatementOutcome.ACKNOWLEDGED);
			assertThat(st.text()).isEqualTo("H-MED ønsker at følge arbejdsmiljøindsatsen.");
			assertThat(st.subjectId()).isEqualTo(maps.draftOf(process.getId()).id());
		});
		seminar(2026);
		tasks.complete(task(process).getId(), Map.of(StrategyMapProcess.Var.DECISION, "approve"));
		assertThat(process).isEnded();
	}

	@Test
	void whenHMedDoesNotAcknowledgeTheSeminarDecidesAnywayAndTheInformationEndsByItself() {
		ProcessInstance process = start(2026, Initiative.CORPORATE);
		tasks.complete(task(process).getId(), Submissions.newMap(runtime, process.getId(), Initiative.CORPORATE));

		ProcessTestSupport.clock(2026, 11, 14);
		assertThat(process).isWaitingAt(StrategyMapProcess.TASK_ACKNOWLEDGE_CORPORATE_MAP, StrategyMapProcess.TIMER_SEMINAR);
		ProcessTestSupport.clock(2026, 11, 15);
		ProcessTestSupport.executeJobs(management);

		assertThat(process).isWaitingAt(StrategyMapProcess.TASK_DECIDE)
			.hasPassed(StrategyMapProcess.TASK_RECORD_NOT_ACKNOWLEDGED, StrategyMapProcess.END_MAIN_COUNCIL_NOT_ACKNOWLEDGED);
		assertThat(statements.statementsOfProcess(process.getId())).extracting(MedStatement::outcome)
			.containsExactly(MedStatementOutcome.MISSING);
		tasks.complete(task(process).getId(), Map.of(StrategyMapProcess.Var.DECISION, "approve"));
		assertThat(process).isEnded();
	}

	@Test
	void whenCMedGivesNoStatementByTheDayBeforeTheSeminarTheMapIsDecidedWithout() {
		ProcessInstance process = start(2026, "skole");
		tasks.complete(task(process).getId(), Submissions.newMap(runtime, process.getId(), "skole"));

		seminar(2026);

		assertThat(process).isWaitingAt(StrategyMapProcess.TASK_DECIDE)
			.hasPassed(StrategyMapProcess.TIMER_MED_STATEMENT_DUE, StrategyMapProcess.TASK_RECORD_MISSING_MED_STATEMENT)
			.variables().containsEntry(MedStatementPoint.Var.FOR_DECIDER,
					"**C-MED** afgav ikke udtalelse inden fristen (15.11.2026); udkastet behandles uden.");
		assertThat(statements.statementsOfProcess(process.getId())).extracting(MedStatement::outcome)
			.containsExactly(MedStatementOutcome.MISSING);
	}

	@Test
	void aNewMapWithoutInitiativesOrWithAnUnknownVisionGoalIsRefused() {
		ProcessInstance process = start(2026, "skole");
		String write = task(process).getId();

		assertThatThrownBy(() -> tasks.complete(write, Map.of()))
			.rootCause().isInstanceOf(SubmissionRefusedException.class).hasMessageContaining("1–6 initiativer");
		assertThatThrownBy(() -> tasks.complete(write, Map.of(StrategyMapProcess.Var.NEW_INITIATIVE + 1,
				Submissions.json(Map.of("title", "Noget nyt", "visionGoal", "999999")))))
			.rootCause().hasMessageContaining("vælg det visionsmål");
		assertThat(strategy.mapsWrittenIn("helsingor", 2026)).isEmpty();
	}

	@Test
	void inAnOddYearTheMapInForceIsReviewedInitiativeByInitiative() {
		ProcessTestSupport.clock(2027, 10, 5);
		ProcessInstance process = start(2027, "skole");

		assertThat(process).isWaitingAt(StrategyMapProcess.TASK_REVIEW).variables()
			.containsEntry(StrategyMapProcess.Var.MODE, "REVIEW").containsEntry(StrategyMapProcess.Var.MAP_INITIATIVE_COUNT, 3);
		String review = task(process).getId();
		assertThatThrownBy(() -> tasks.complete(review, Map.of(
				StrategyMapProcess.Var.MAP_INITIATIVE + 1, Submissions.json(Map.of("decision", "ADJUST")),
				StrategyMapProcess.Var.MAP_INITIATIVE + 2, Submissions.json(Map.of("decision", "STOP")))))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessageContaining("skriv initiativets nye formulering").hasMessageContaining("skriv, hvorfor initiativet stoppes")
			.hasMessageContaining("vælg, om initiativet fortsætter");
		Object stop = Submissions.json(Map.of("decision", "STOP", "remark", "Nået."));
		assertThatThrownBy(() -> tasks.complete(review, Map.of(StrategyMapProcess.Var.MAP_INITIATIVE + 1, stop,
				StrategyMapProcess.Var.MAP_INITIATIVE + 2, stop, StrategyMapProcess.Var.MAP_INITIATIVE + 3, stop)))
			.rootCause().hasMessageContaining("Mindst ét initiativ skal fortsætte");

		Map<String, Object> reviewed = new HashMap<>(Submissions.review(runtime, process.getId()));
		reviewed.put(StrategyMapProcess.Var.NEW_INITIATIVE + 1, Submissions.json(Map.of("title", "Helt nyt initiativ",
				"visionGoal", Submissions.options(runtime, process.getId(), StrategyMapProcess.Var.VISION_GOAL_OPTIONS).get(2))));
		tasks.complete(review, reviewed);

		seminar(2027);
		tasks.complete(task(process).getId(), Map.of(StrategyMapProcess.Var.DECISION, "approve"));
		assertThat(process).isEnded();
		assertThat(strategy.initiativesInForce("helsingor", "skole", 2028)).extracting(Initiative::title)
			.containsExactly("Flere elever opnår mindst 02 i dansk og matematik", "Justeret initiativ", "Helt nyt initiativ");
		assertThat(strategy.initiativesInForce("helsingor", "skole", 2027)).as("the same period").hasSize(3);
		assertThat(maps.overview("helsingor", 2027)).contains("(revideret)").contains("1 initiativ stoppet");
	}

	@Test
	void theSeminarSendsAMapBackWithACommentAndDecidesTheRewrittenMapAtOnce() {
		ProcessInstance process = start(2026, "skole");
		tasks.complete(task(process).getId(), Submissions.newMap(runtime, process.getId(), "skole"));
		seminar(2026);
		String decide = task(process).getId();

		assertThatThrownBy(() -> tasks.complete(decide, Map.of(StrategyMapProcess.Var.DECISION, "return")))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessageContaining("Skriv, hvad der skal ændres, når strategikortet sendes tilbage.");
		assertThatThrownBy(() -> tasks.complete(decide, Map.of(StrategyMapProcess.Var.DECISION, "maybe")))
			.rootCause().hasMessageContaining("Vælg, om strategikortet godkendes eller sendes tilbage.");
		assertThatThrownBy(() -> tasks.complete(decide, Map.of(StrategyMapProcess.Var.DECISION, "return",
				StrategyMapProcess.Var.RETURN_COMMENT, "x".repeat(2001))))
			.rootCause().hasMessageContaining("højst 2.000 tegn");
		assertThat(process).isWaitingAt(StrategyMapProcess.TASK_DECIDE);

		tasks.complete(decide, Map.of(StrategyMapProcess.Var.DECISION, "return",
				StrategyMapProcess.Var.RETURN_COMMENT, "Færre initiativer, skarpere prioritering."));

		assertThat(process).isWaitingAt(StrategyMapProcess.TASK_WRITE).variables()
			.containsEntry(StrategyMapProcess.Var.RETURN_COMMENT, "Færre initiativer, skarpere prioritering.")
			.doesNotContainKey(StrategyMapProcess.Var.DECISION);
		assertThat(strategy.mapsWrittenIn("helsingor", 2026)).singleElement()
			.satisfies(m -> assertThat(m.status()).isEqualTo("RETURNED"));
		assertThat(maps.overview("helsingor", 2026)).as("a returned map is not ready").contains("Endnu ikke klar:** Koncernledelsen, Center for Skole");

		tasks.complete(task(process).getId(), Submissions.newMap(runtime, process.getId(), "skole"));
		assertThat(task(process)).as("shared again after the seminar: three days")
			.hasDefinitionKey(StrategyMapProcess.TASK_MED_STATEMENT).hasDueDate(ProcessTestSupport.dueAt(2026, 11, 18));
		tasks.complete(task(process).getId(), ProcessTestSupport.noRemarks());
		ProcessTestSupport.executeJobs(management);
		assertThat(process).as("after the seminar's date, the rewritten map is decided at once")
			.isWaitingAt(StrategyMapProcess.TASK_DECIDE).variables().doesNotContainKey(StrategyMapProcess.Var.RETURN_COMMENT);
		tasks.complete(task(process).getId(), Map.of(StrategyMapProcess.Var.DECISION, "approve"));

		assertThat(process).isEnded();
		assertThat(strategy.mapInForce("helsingor", "skole", 2027)).get().satisfies(m -> assertThat(m.version()).isEqualTo(3));
		assertThat(strategy.mapsWrittenIn("helsingor", 2026)).extracting(StrategyRepository.StrategyMap::status)
			.containsExactly("RETURNED", "APPROVED");
	}

	/** The seminar's date comes: the maps ready by then are put before Koncernledelsen. */
	private void seminar(int year) {
		ProcessTestSupport.clock(year, 11, 15);
		ProcessTestSupport.executeJobs(management);
	}

	private ProcessInstance start(int year, String owner) {
		ProcessInstance process = runtime.startProcessInstanceByKey(StrategyMapProcess.KEY,
				Map.of("municipality", "helsingor", "year", year, StrategyMapProcess.Var.OWNER, owner));
		ProcessTestSupport.executeJobs(management);
		return process;
	}
}
