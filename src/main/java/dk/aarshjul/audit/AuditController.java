package dk.aarshjul.audit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.aarshjul.organisation.ReadAccess;
import dk.aarshjul.system.ApiAccess;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.FormValues;

/**
 * {@code GET /api/audit?unit=<unit>}: a unit's own trail, for those who read its agreements.
 * {@code GET /api/audit?year=&party=&user=&from=&to=}: the trail searched by the secretariat. Dates are days,
 * dd.mm.åååå (or åååå-mm-dd), both included.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {


	private final AuditService audit;
	private final ReadAccess access;

	AuditController(AuditService audit, ReadAccess access) {
		this.audit = audit;
		this.access = access;
	}

	@GetMapping
	List<AuditService.Line> trail(@RequestParam(required = false) String unit, @RequestParam(required = false) String year,
			@RequestParam(required = false) String party, @RequestParam(required = false) String user,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		AuditQuery query;
		if (unit != null) {
			access.unitAudit(unit);
			query = new AuditQuery(year(year), unit, blankToNull(user), day(from, "fra", 0), day(to, "til", 1));
		}
		else {
			access.auditSearch();
			query = new AuditQuery(year(year), blankToNull(party), blankToNull(user), day(from, "fra", 0), day(to, "til", 1));
			if (!query.narrowed()) {
				throw new Refused("Angiv mindst ét af år, part, bruger, fra eller til, fx /api/audit?year=2027.");
			}
		}
		return audit.trail(query);
	}

	private static Integer year(String year) {
		if (year == null || year.isBlank()) {
			return null;
		}
		if (!year.matches("\\d{4}")) {
			throw new Refused("Året skal skrives med fire cifre, fx 2027, ikke »" + year + "«.");
		}
		return Integer.valueOf(year);
	}

	private static java.time.Instant day(String value, String which, int daysAfter) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate day;
		try {
			day = FormValues.date(value);
		}
		catch (IllegalArgumentException e) {
			throw new Refused("Datoen i »" + which + "« kan ikke læses: »" + value + "«. Skriv den som dd.mm.åååå, fx 01.03.2027.");
		}
		return day.plusDays(daysAfter).atStartOfDay(EngineClock.DANISH_TIME).toInstant();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	@ExceptionHandler(Refused.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ApiAccess.Problem refused(Refused e) {
		return new ApiAccess.Problem(e.getMessage());
	}

	static class Refused extends RuntimeException {
		Refused(String message) {
			super(message);
		}
	}
}
