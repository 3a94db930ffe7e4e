package dk.aarshjul.documents;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.organisation.ReadAccess;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.strategy.StrategyRepository.StrategyMap;
import dk.aarshjul.system.ApiAccess.Conflict;
import dk.aarshjul.system.ApiAccess.NotFound;

/**
 * The governance documents as PDF, under the read API and with its access rules ({@link ReadAccess}): an agreement
 * version, a strategy map version, and the year's evaluation summary. Who may not read a record is refused before
 * it is told anything about the record's state.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

	private final AgreementService agreements;
	private final StrategyRepository strategy;
	private final AgreementDocument agreementDocument;
	private final StrategyMapDocument mapDocument;
	private final EvaluationReport evaluationReport;
	private final ReadAccess access;

	DocumentController(AgreementService agreements, StrategyRepository strategy, AgreementDocument agreementDocument,
			StrategyMapDocument mapDocument, EvaluationReport evaluationReport, ReadAccess access) {
		this.agreements = agreements;
		this.strategy = strategy;
		this.agreementDocument = agreementDocument;
		this.mapDocument = mapDocument;
		this.evaluationReport = evaluationReport;
		this.access = access;
	}

	/** One version of a unit's or centre's agreement, by its id; only a version that is or was in force. */
	@GetMapping("/agreements/{agreementId}.pdf")
	ResponseEntity<byte[]> agreement(@PathVariable long agreementId) {
		Agreement agreement = agreements.version(agreementId)
			.orElseThrow(() -> new NotFound("Aftalen med id " + agreementId + " findes ikke."));
		access.agreement(agreement.party(), agreement.partyId(), agreement.status().name());
		if (!AgreementDocument.isDocument(agreement)) {
			throw new Conflict(AgreementDocument.kindName(agreement) + " for " + agreement.year() + " (version "
					+ agreement.version() + ") er ikke godkendt" + switch (agreement.status()) {
						case RETURNED -> ": den er sendt tilbage med bemærkninger";
						case LAPSED -> ": ændringen blev ikke godkendt, før året sluttede";
						default -> " endnu";
					} + ". Kun en godkendt aftale kan hentes som PDF.");
		}
		return pdf(agreementDocument.fileName(agreement), agreementDocument.write(agreement));
	}

	/** The summary for Byrådet of the evaluations made in the first quarter of the cycle's year. */
	@GetMapping("/evaluations/{year}.pdf")
	ResponseEntity<byte[]> evaluations(@PathVariable int year) {
		access.evaluationSummary();
		if (!evaluationReport.exists(year)) {
			throw new NotFound("Der er ingen årets gang og ingen aftaler for " + year + " eller " + (year - 1) + ".");
		}
		return pdf(EvaluationReport.fileName(year), evaluationReport.write(year));
	}

	/** One version of a strategy map, by its id; only a version that is or was in force. */
	@GetMapping("/strategy-maps/{mapId}.pdf")
	ResponseEntity<byte[]> strategyMap(@PathVariable long mapId) {
		StrategyMap map = strategy.map(mapId)
			.orElseThrow(() -> new NotFound("Strategikortet med id " + mapId + " findes ikke."));
		access.strategyMap(map.owner(), Initiative.CORPORATE.equals(map.owner()), map.status());
		if (!StrategyMapDocument.isDocument(map)) {
			throw new Conflict("Strategikortet for " + map.firstYear() + "–" + map.lastYear() + " (version " + map.version()
					+ ") er ikke godkendt" + ("RETURNED".equals(map.status()) ? ": det er sendt tilbage fra seminaret" : " endnu")
					+ ". Kun et godkendt strategikort kan hentes som PDF.");
		}
		return pdf(mapDocument.fileName(map), mapDocument.write(map));
	}

	/** Shown in the browser, saved under its Danish name. */
	private static ResponseEntity<byte[]> pdf(String fileName, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
			.body(pdf);
	}

	/**
	 * RFC 6266: the name in UTF-8 ({@code filename*}, which browsers use), and for older clients a plain ASCII name
	 * spelt as Danes spell without æ, ø and å ("Borupgaard").
	 */
	static String disposition(String fileName) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return "inline; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + encoded;
	}

	private static String ascii(String fileName) {
		String danish = fileName.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae")
			.replace("Ø", "Oe").replace("Å", "Aa");
		String plain = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "'").replace("\\", "_");
	}
}
