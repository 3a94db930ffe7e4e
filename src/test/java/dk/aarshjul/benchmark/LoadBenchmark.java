package dk.aarshjul.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestPostgres;

/**
 * 100 people at once: the leaders of 90 units and the chiefs of the 10 centres, on PostgreSQL, the application as it
 * runs (postgres and demo profiles, job executor on). Each leader drafts their unit's agreement and gives A-MED's
 * statement; each chief reads the approvals of their centre and sends each agreement back twice before approving it
 * the third time: 9 task completions per unit. Measured in one run, each against the same work:
 * <ul>
 * <li><b>REST</b>: as Tasklist does it, through the REST API with basic authentication (list the tasks, claim, read the
 * form's variables, submit the form);</li>
 * <li><b>engine floor</b>: the same completions through the engine's Java API in the same JVM, as the same users, by
 * the same 100 threads: no HTTP, no JSON;</li>
 * <li><b>trivial REST call</b>: {@code GET /engine-rest/version} by 100 threads: HTTP and authentication alone.</li>
 * </ul>
 * Prints throughput, p50/p95/p99 latencies, errors, and the ratios of REST to the floor. Run: {@code mvn -Pbenchmark
 * test} (see README, "Load").
 */
public final class LoadBenchmark {

	private static final int LEADERS = Integer.getInteger("benchmark.leaders", 90);
	private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
	private static final int TRIVIAL_CALLS = Integer.getInteger("benchmark.trivialCalls", 20);
	private static final int REST_YEAR = java.time.Year.now().getValue() + 1;
	private static final int FLOOR_YEAR = REST_YEAR + 1;
	private static final String PASSWORD = "demo";
	private static final ObjectMapper JSON = new ObjectMapper();

	private final ConfigurableApplicationContext context;
	private final RuntimeService runtime;
	private final TaskService tasks;
	private final IdentityService identity;
	private final Organisation organisation;
	private final String root;
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(30)).executor(Executors.newFixedThreadPool(8)).build();

	private LoadBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		ProcessEngine engine = context.getBean(ProcessEngine.class);
		this.runtime = engine.getRuntimeService();
		this.tasks = engine.getTaskService();
		this.identity = engine.getIdentityService();
		this.organisation = context.getBean(OrganisationService.class).current();
		this.root = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public static void main(String[] args) throws Exception {
		Map<String, Object> properties = new HashMap<>(TestPostgres.properties(TestPostgres.newDatabase()));
		properties.put("server.port", "0");
		properties.put("spring.profiles.active", "postgres,demo");
		SpringApplication application = new SpringApplication(AarshjulApplication.class);
		application.setDefaultProperties(properties);
		int status = 0;
		try (ConfigurableApplicationContext context = application.run()) {
			status = new LoadBenchmark(context).run() ? 0 : 1;
		}
		System.exit(status);
	}

	private boolean run() throws Exception {
		// Units taken from every centre in turn, so that every centre's chief is among the people at work.
		List<Organisation.Unit> interleaved = new ArrayList<>();
		for (int i = 0; interleaved.size() < organisation.units().count(); i++) {
			for (Organisation.Centre centre : organisation.centres()) {
				if (i < centre.units().size()) {
					interleaved.add(centre.units().get(i));
				}
			}
		}
		List<Organisation.Unit> units = interleaved.subList(0, Math.min(LEADERS, interleaved.size()));
		List<Organisation.Unit> spare = interleaved.subList(units.size(), interleaved.size());
		System.out.printf(Locale.ROOT, "LoadBenchmark: %d leaders and %d chiefs at once, %d rounds (sent back %d times, then approved); "
				+ "%d cores, max heap %d MiB, %s%n", units.size(), chiefs(units).size(), ROUNDS, ROUNDS - 1,
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				ManagementFactory.getRuntimeMXBean().getVmVersion());

		// Warm-up, not reported: the spare units once through REST, and the trivial call.
		restRun(spare, REST_YEAR, 1);
		trivial(100, 5);

		Result floor = javaRun(units, FLOOR_YEAR, ROUNDS);
		Result rest = restRun(units, REST_YEAR, ROUNDS);
		Result trivial = trivial(100, TRIVIAL_CALLS);

		System.out.println("LoadBenchmark: results");
		System.out.println("  " + floor.summary());
		System.out.println("  " + rest.summary());
		System.out.println("  " + trivial.summary());
		double throughputRatio = floor.tasksPerSecond() / rest.tasksPerSecond();
		System.out.printf(Locale.ROOT, "  ratios: engine floor completes %.2fx as many tasks per second as REST; a REST form "
				+ "submission takes %.2fx (p50) / %.2fx (p95) / %.2fx (p99) the floor's completion; a trivial REST call p50 %.1f ms%n",
				throughputRatio, rest.ratio("submit-form", floor, "complete", 50), rest.ratio("submit-form", floor, "complete", 95),
				rest.ratio("submit-form", floor, "complete", 99), trivial.percentile("version", 50));
		boolean clean = floor.errors().isEmpty() && rest.errors().isEmpty() && trivial.errors().isEmpty();
		System.out.println("  errors reaching users: REST " + rest.errors().size() + ", engine floor " + floor.errors().size()
				+ ", trivial " + trivial.errors().size() + (clean ? " (none)" : ""));
		rest.errors().stream().limit(20).forEach(e -> System.out.println("    " + e));
		floor.errors().stream().limit(20).forEach(e -> System.out.println("    " + e));
		return clean;
	}

	/** Who gives A-MED's statement: its last-named member, or the leader where A-MED is the leader alone. */
	private static String worksCouncilMember(Organisation.Unit unit) {
		List<String> members = unit.worksCouncil();
		return members == null || members.isEmpty() ? unit.leader() : members.get(members.size() - 1);
	}

	/** The centres of the units, each with its chief's login. */
	private Map<String, String> chiefs(List<Organisation.Unit> units) {
		Map<String, String> chiefs = new LinkedHashMap<>();
		for (Organisation.Unit unit : units) {
			Organisation.Centre centre = organisation.centreOfUnit(unit.id()).orElseThrow();
			chiefs.put(centre.id(), centre.chief());
		}
		return chiefs;
	}

	/** Starts each unit's agreement for the year and waits until every leader has the draft task. */
	private Map<String, String> start(List<Organisation.Unit> units, int year) throws InterruptedException {
		Map<String, String> processes = new LinkedHashMap<>();
		for (Organisation.Unit unit : units) {
			processes.put(unit.id(), runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY, year + ":" + unit.id(),
					Map.of("municipality", organisation.municipalityId(), "year", year, "unit", unit.id())).getId());
		}
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (tasks.createTaskQuery().processDefinitionKey(UnitAgreementProcess.KEY)
			.taskDefinitionKey(UnitAgreementProcess.TASK_DRAFT).processVariableValueEquals("year", year).count() < units.size()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The drafts of " + year + " did not appear within five minutes");
			}
			Thread.sleep(100);
		}
		return processes;
	}

	// ---- REST, as Tasklist calls it ----

	private Result restRun(List<Organisation.Unit> units, int year, int rounds) throws Exception {
		Map<String, String> processes = start(units, year);
		Map<String, String> draft = new HashMap<>();
		for (Map.Entry<String, String> p : processes.entrySet()) {
			draft.put(p.getKey(), JSON.writeValueAsString(Map.of("variables",
					restVariables(AgreementDrafts.valid(runtime, p.getValue(), year)))));
		}
		Map<String, Integer> decided = new ConcurrentHashMap<>();
		java.util.Set<String> ours = java.util.Set.copyOf(processes.values());
		Result result = new Result("REST (Tasklist's calls)");
		List<Runnable> people = new ArrayList<>();
		for (Organisation.Unit unit : units) {
			String leader = unit.leader();
			String statementBy = worksCouncilMember(unit);
			String process = processes.get(unit.id());
			people.add(() -> {
				for (int round = 0; round < rounds; round++) {
					String drafting = awaitTask(result, leader, process, UnitAgreementProcess.TASK_DRAFT);
					complete(result, leader, drafting, draft.get(unit.id()));
					String statement = awaitTask(result, statementBy, process, UnitAgreementProcess.TASK_MED_STATEMENT);
					complete(result, statementBy, statement, "{\"variables\":{\"medStatementChoice\":{\"value\":\"NO_REMARKS\",\"type\":\"String\"}}}");
				}
			});
		}
		chiefs(units).forEach((centre, chief) -> {
			long mine = units.stream().filter(u -> organisation.centreOfUnit(u.id()).orElseThrow().id().equals(centre)).count();
			people.add(() -> {
				int approved = 0;
				while (approved < mine) {
					Answer list = result.send(chief, "list", get("/engine-rest/task?candidateGroup=center-" + centre
							+ "&taskDefinitionKey=" + UnitAgreementProcess.TASK_APPROVE));
					List<Map<String, Object>> open = (list.ok() ? parseList(list.body()) : List.<Map<String, Object>>of()).stream()
						.filter(t -> ours.contains(t.get("processInstanceId"))).toList();
					for (Map<String, Object> task : open) {
						String id = (String) task.get("id");
						String processId = (String) task.get("processInstanceId");
						int times = decided.merge(processId, 1, Integer::sum);
						String decision = times < rounds ? "return" : "approve";
						String body = times < rounds
								? "{\"variables\":{\"approvalDecision\":{\"value\":\"return\",\"type\":\"String\"},"
										+ "\"returnComment\":{\"value\":\"Skærp målniveauet (runde " + times + ").\",\"type\":\"String\"}}}"
								: "{\"variables\":{\"approvalDecision\":{\"value\":\"approve\",\"type\":\"String\"}}}";
						if (complete(result, chief, id, body) && decision.equals("approve")) {
							approved++;
						}
					}
					if (open.isEmpty()) {
						pause();
					}
				}
			});
		});
		result.time(people);
		result.tasksCompleted(units.size() * rounds * 3);
		return result;
	}

	/** Lists the person's open task of the kind in the process until it is there (a person refreshing Tasklist). */
	private String awaitTask(Result result, String user, String process, String taskKey) {
		while (true) {
			Answer list = result.send(user, "list", get("/engine-rest/task?processInstanceId=" + process + "&taskDefinitionKey="
					+ taskKey));
			if (list.ok()) {
				List<Map<String, Object>> open = parseList(list.body());
				if (!open.isEmpty()) {
					return (String) open.get(0).get("id");
				}
			}
			pause();
		}
	}

	/** Opening a task in Tasklist claims it and reads its form's variables; then the form is submitted. */
	private boolean complete(Result result, String user, String taskId, String body) {
		return result.send(user, "claim", post("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}")).ok()
				&& result.send(user, "form-variables", get("/engine-rest/task/" + taskId + "/form-variables")).ok()
				&& result.send(user, "submit-form", post("/engine-rest/task/" + taskId + "/submit-form", body)).ok();
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create(root + path)).GET();
	}

	private HttpRequest.Builder post(String path, String body) {
		return HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private Result trivial(int users, int callsEach) throws Exception {
		Result result = new Result("trivial REST call (GET /engine-rest/version)");
		List<Runnable> people = new ArrayList<>();
		for (int i = 0; i < users; i++) {
			people.add(() -> {
				for (int c = 0; c < callsEach; c++) {
					result.send("sekretariat", "version", get("/engine-rest/version"));
				}
			});
		}
		result.time(people);
		return result;
	}

	// ---- The engine's floor: the same completions through the Java API ----

	private Result javaRun(List<Organisation.Unit> units, int year, int rounds) throws Exception {
		Map<String, String> processes = start(units, year);
		Result result = new Result("engine floor (Java API, no HTTP)");
		Map<String, Integer> decided = new ConcurrentHashMap<>();
		List<Runnable> people = new ArrayList<>();
		for (Organisation.Unit unit : units) {
			String leader = unit.leader();
			String statementBy = worksCouncilMember(unit);
			String process = processes.get(unit.id());
			Map<String, Object> draft = AgreementDrafts.valid(runtime, process, year);
			people.add(() -> {
				for (int round = 0; round < rounds; round++) {
					String drafting = awaitJavaTask(process, UnitAgreementProcess.TASK_DRAFT);
					completeJava(result, leader, drafting, draft);
					String statement = awaitJavaTask(process, UnitAgreementProcess.TASK_MED_STATEMENT);
					completeJava(result, statementBy, statement, ProcessTestSupport.noRemarks());
				}
			});
		}
		chiefs(units).forEach((centre, chief) -> {
			long mine = units.stream().filter(u -> organisation.centreOfUnit(u.id()).orElseThrow().id().equals(centre)).count();
			people.add(() -> {
				int approved = 0;
				while (approved < mine) {
					List<Task> open = tasks.createTaskQuery().taskCandidateGroup("center-" + centre)
						.taskDefinitionKey(UnitAgreementProcess.TASK_APPROVE).processVariableValueEquals("year", year).list();
					for (Task task : open) {
						int times = decided.merge(task.getProcessInstanceId(), 1, Integer::sum);
						Map<String, Object> decision = times < rounds
								? Map.of(UnitAgreementProcess.Var.DECISION, "return", UnitAgreementProcess.Var.RETURN_COMMENT,
										"Skærp målniveauet (runde " + times + ").")
								: Map.of(UnitAgreementProcess.Var.DECISION, "approve");
						if (completeJava(result, chief, task.getId(), decision) && times >= rounds) {
							approved++;
						}
					}
					if (open.isEmpty()) {
						pause();
					}
				}
			});
		});
		result.time(people);
		result.tasksCompleted(units.size() * rounds * 3);
		return result;
	}

	private String awaitJavaTask(String process, String taskKey) {
		while (true) {
			Task task = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(taskKey).singleResult();
			if (task != null) {
				return task.getId();
			}
			pause();
		}
	}

	private boolean completeJava(Result result, String user, String taskId, Map<String, Object> variables) {
		List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
		identity.setAuthentication(user, groups);
		long start = System.nanoTime();
		try {
			tasks.claim(taskId, user);
			tasks.complete(taskId, variables);
			result.record(new Answer(user, "complete", 200, "", System.nanoTime() - start));
			return true;
		}
		catch (RuntimeException e) {
			result.record(new Answer(user, "complete", 500, e.toString(), System.nanoTime() - start));
			return false;
		}
		finally {
			identity.clearAuthentication();
		}
	}

	// ---- Measuring ----

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> parseList(String body) {
		try {
			return JSON.readValue(body, List.class);
		}
		catch (Exception e) {
			throw new IllegalStateException(body, e);
		}
	}

	private static Map<String, Object> restVariables(Map<String, Object> variables) {
		Map<String, Object> rest = new LinkedHashMap<>();
		variables.forEach((name, value) -> rest.put(name, value instanceof JsonValue json
				? Map.of("value", json.getValueSerialized(), "type", "Json")
				: value instanceof Number n ? Map.of("value", n.longValue(), "type", "Long") : Map.of("value", value, "type", "String")));
		return rest;
	}

	private record Answer(String user, String kind, int status, String body, long nanos) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

		@Override
		public String toString() {
			return status + " " + user + " " + kind + ": " + (body.length() > 300 ? body.substring(0, 300) : body);
		}
	}

	/** Every answer of one workload and its wall time. */
	private final class Result {

		private final String name;
		private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
		private long wallNanos;
		private int tasksCompleted;

		Result(String name) {
			this.name = name;
		}

		Answer send(String user, String kind, HttpRequest.Builder request) {
			HttpRequest built = request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofMinutes(2)).build();
			long start = System.nanoTime();
			Answer answer;
			try {
				HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
				answer = new Answer(user, kind, response.statusCode(), response.body(), System.nanoTime() - start);
			}
			catch (Exception e) {
				answer = new Answer(user, kind, -1, e.toString(), System.nanoTime() - start);
			}
			record(answer);
			return answer;
		}

		void record(Answer answer) {
			answers.add(answer);
		}

		/** Runs everyone in a thread of their own, released together; the wall time is until the last is done. */
		void time(List<Runnable> people) throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(people.size());
			CountDownLatch ready = new CountDownLatch(people.size());
			CountDownLatch go = new CountDownLatch(1);
			AtomicInteger failed = new AtomicInteger();
			try {
				List<Future<?>> futures = new ArrayList<>();
				for (Runnable person : people) {
					futures.add(pool.submit(() -> {
						ready.countDown();
						try {
							go.await();
							person.run();
						}
						catch (Exception e) {
							failed.incrementAndGet();
							record(new Answer("?", "person", -1, e.toString(), 0));
						}
					}));
				}
				ready.await();
				long start = System.nanoTime();
				go.countDown();
				for (Future<?> future : futures) {
					future.get(30, TimeUnit.MINUTES);
				}
				wallNanos = System.nanoTime() - start;
			}
			finally {
				pool.shutdownNow();
			}
		}

		void tasksCompleted(int tasks) {
			this.tasksCompleted = tasks;
		}

		List<Answer> errors() {
			return answers.stream().filter(a -> !a.ok()).toList();
		}

		double tasksPerSecond() {
			return tasksCompleted / (wallNanos / 1e9);
		}

		double percentile(String kind, int p) {
			List<Long> nanos = new ArrayList<>(answers.stream().filter(a -> a.kind().equals(kind)).map(Answer::nanos).toList());
			if (nanos.isEmpty()) {
				return Double.NaN;
			}
			Collections.sort(nanos);
			int index = (int) Math.ceil(p / 100.0 * nanos.size()) - 1;
			return nanos.get(Math.max(0, index)) / 1e6;
		}

		double ratio(String kind, Result other, String otherKind, int p) {
			return percentile(kind, p) / other.percentile(otherKind, p);
		}

		String summary() {
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %d requests in %.1f s = %.1f requests/s",
					name, answers.size(), wallNanos / 1e9, answers.size() / (wallNanos / 1e9)));
			if (tasksCompleted > 0) {
				line.append(String.format(Locale.ROOT, ", %d tasks completed = %.1f tasks/s", tasksCompleted, tasksPerSecond()));
			}
			line.append(", errors ").append(errors().size());
			answers.stream().map(Answer::kind).distinct().sorted().forEach(kind -> line.append(String.format(Locale.ROOT,
					"; %s (%d) p50 %.1f / p95 %.1f / p99 %.1f ms", kind, answers.stream().filter(a -> a.kind().equals(kind)).count(),
					percentile(kind, 50), percentile(kind, 95), percentile(kind, 99))));
			return line.toString();
		}
	}
}
