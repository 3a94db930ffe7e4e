package dk.aarshjul.strategy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.system.EngineClock;

/**
 * Installs a municipality's first vision goals and strategy maps from a file (the example ships one), once: when
 * the municipality has no vision goals yet. The maps are installed as approved for each two-year map period in
 * which a cycle can be started now (last year to two years ahead), so the first cycle has maps to link to.
 */
@Component
class StrategySeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StrategySeed.class);

	record File(List<VisionGoal> visionGoals, List<StrategyMap> strategyMaps) {
	}

	record VisionGoal(String code, String title) {
	}

	record StrategyMap(String owner, List<InitiativeEntry> initiatives) {
	}

	record InitiativeEntry(String code, String title, String visionGoal) {
	}

	private final Resource file;
	private final StrategyRepository strategy;
	private final OrganisationService organisation;

	StrategySeed(@Value("${aarshjul.strategy.seed-file:}") Resource file, StrategyRepository strategy,
			OrganisationService organisation) {
		this.file = file;
		this.strategy = strategy;
		this.organisation = organisation;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		String municipality = organisation.municipalityId();
		if (file == null || !file.exists() || strategy.visionGoalCount(municipality) > 0) {
			return;
		}
		File seed;
		try (InputStream in = file.getInputStream()) {
			seed = new ObjectMapper(new YAMLFactory()).readValue(in, File.class);
		}
		Map<String, Long> visionGoals = new HashMap<>();
		for (VisionGoal goal : seed.visionGoals()) {
			visionGoals.put(goal.code(), strategy.insertVisionGoal(municipality, goal.code(), goal.title()));
		}
		int thisYear = EngineClock.today().getYear();
		for (int first = periodStart(thisYear - 1); first <= thisYear + 2; first += 2) {
			for (StrategyMap map : seed.strategyMaps()) {
				long mapId = strategy.insertMap(municipality, map.owner(), first, first + 1, "APPROVED");
				for (InitiativeEntry initiative : map.initiatives()) {
					Long visionGoal = visionGoals.get(initiative.visionGoal());
					if (visionGoal == null) {
						throw new IllegalStateException(file.getDescription() + ": initiative " + initiative.code()
								+ " names the unknown vision goal " + initiative.visionGoal());
					}
					strategy.insertInitiative(mapId, initiative.code(), initiative.title(), visionGoal);
				}
			}
		}
		log.info("Installed {} vision goals and {} strategy maps from {}", visionGoals.size(), seed.strategyMaps().size(),
				file.getDescription());
	}

	/** Maps are written in even years for the two years that follow, so a map period starts in an odd year. */
	static int periodStart(int year) {
		return year % 2 == 1 ? year : year - 1;
	}
}
