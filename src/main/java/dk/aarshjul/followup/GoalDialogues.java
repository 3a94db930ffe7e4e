package dk.aarshjul.followup;

import java.util.List;

import org.springframework.stereotype.Component;

/** The expressions of "Dialog om mål": which dialogues its tasks are for. */
@Component("goalDialogues")
public class GoalDialogues {

	private final FollowUpService followUps;

	GoalDialogues(FollowUpService followUps) {
		this.followUps = followUps;
	}

	/** The follow-up's dialogues still to be agreed: one task each. */
	public List<Long> open(Number followUp) {
		return followUps.openDialogues(followUp.longValue());
	}
}
