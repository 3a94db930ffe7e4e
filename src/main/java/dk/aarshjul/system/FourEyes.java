package dk.aarshjul.system;

import java.util.List;

/**
 * Four eyes on every approval: nobody approves, confirms or decides on what they drafted, amended or evaluated
 * themselves. Checked on the server when the decision is saved, so a submission through the REST API is refused
 * like one from Tasklist; the message says who must decide instead.
 */
public final class FourEyes {

	private FourEyes() {
	}

	/**
	 * @param author who drafted, amended or evaluated the thing decided on (null: the system, or not recorded)
	 * @param decider who decides now (null: the system)
	 * @param what the thing, in Danish with its article ("centeraftalen", "strategikortet")
	 * @param instead who must decide instead ("et andet medlem af Koncernledelsen")
	 * @throws Refused when author and decider are the same person
	 */
	public static void check(String author, String decider, String what, String instead) {
		if (author != null && author.equals(decider)) {
			throw new Refused("Du har selv udarbejdet " + what + "; derfor skal " + instead
					+ " træffe beslutningen (fire øjne).");
		}
	}

	/** A decision refused because its author would approve their own work: a 4xx through the REST API. */
	public static class Refused extends SubmissionRefusedException {

		public Refused(String problem) {
			super("Beslutningen", List.of(problem));
		}
	}
}
