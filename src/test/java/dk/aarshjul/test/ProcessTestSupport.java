package dk.aarshjul.test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.med.MedStatementPoint;

/** Steps the process tests share: the clock, running the job executor's work, and a signed unit agreement. */
public final class ProcessTestSupport {

	private ProcessTestSupport() {
	}

	public static void clock(int year, int month, int day) {
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, month, day).atTime(9, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
	}

	/** The start of a day, Danish time: when a timer on that day's milestone is due. */
	public static Date startOfDay(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant());
	}

	/** The end of the working day, Danish time: when a task due on that day is due. */
	public static Date dueAt(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atTime(16, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant());
	}

	/** Runs every executable job, and the jobs they create, as the job executor would. */
	public static void executeJobs(ManagementService management) {
		for (List<Job> jobs = management.createJobQuery().executable().list(); !jobs.isEmpty();
				jobs = management.createJobQuery().executable().list()) {
			jobs.forEach(j -> management.executeJob(j.getId()));
		}
	}

	/** What a works council submits when it has no remarks on a draft. */
	/** Logged in as the user, with their groups, as Tasklist and the REST API authenticate. */
	public static void logIn(org.camunda.bpm.engine.IdentityService identity, String user) {
		identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList());
	}

	public static Map<String, Object> noRemarks() {
		return Map.of(MedStatementPoint.Var.CHOICE, "NO_REMARKS");
	}

	/** Runs "Decentral aftale" for the unit and year to a signed agreement (two development goals). */
	public static void signUnitAgreement(RuntimeService runtime, TaskService tasks, ManagementService management,
			String unit, int year) {
		ProcessInstance process = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY, year + ":" + unit,
				Map.of("municipality", "helsingor", "year", year, "unit", unit));
		executeJobs(management);
		String draft = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getId();
		tasks.complete(draft, AgreementDrafts.valid(runtime, process.getId(), year));
		String statement = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getId();
		tasks.complete(statement, noRemarks());
		String approval = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getId();
		tasks.complete(approval, Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
	}
}
