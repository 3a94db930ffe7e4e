package dk.aarshjul.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import dk.aarshjul.system.EngineClock;

/**
 * An A4 document written top to bottom: headings, paragraphs and labelled fields, wrapped to the page's width and
 * flowing over as many pages as they need, with the document's name and "Side x af y" at the foot of each page.
 * The standard Helvetica fonts in WinAnsiEncoding cover Danish (æ ø å, « », –); a character they cannot show is
 * written as "?" rather than failing the document.
 */
final class PdfLayout {

	private static final PDRectangle PAGE = PDRectangle.A4;
	private static final float MARGIN = 56; // 2 cm
	private static final float TOP = PAGE.getHeight() - MARGIN;
	private static final float BOTTOM = MARGIN + 14; // room for the footer below
	private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
	private static final float LABEL_WIDTH = 150;

	private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

	private static final float TEXT_SIZE = 10;
	private static final float LEADING = 1.35f;

	/** Characters outside WinAnsiEncoding that have a plain equivalent. */
	private static final Map<Integer, String> PLAIN = Map.of(0x2265, ">=", 0x2264, "<=", 0x2192, "->", 0x2011, "-",
			0x2212, "-", 0x202F, " ", 0x2009, " ", 0x200B, "");

	private final PDDocument document = new PDDocument();
	private final String footer;
	private final Map<Integer, String> shown = new HashMap<>();
	private PDPageContentStream content;
	private float y;

	/**
	 * @param title the document's title, in its properties and at the foot of every page
	 * @param author who the document is from (the municipality)
	 */
	PdfLayout(String title, String author) {
		this.footer = title;
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(clean(title));
		info.setAuthor(clean(author));
		info.setCreator("Årshjul");
		Calendar created = new GregorianCalendar(TimeZone.getTimeZone(EngineClock.DANISH_TIME));
		created.setTimeInMillis(EngineClock.now().toInstant().toEpochMilli());
		info.setCreationDate(created);
		document.getDocumentCatalog().setLanguage("da-DK");
		newPage();
	}

	/** The document's title, large, at the top of the first page. */
	void title(String text) {
		write(text, BOLD, 20, 0, WIDTH);
		y -= 4;
	}

	/** A line under the title, such as whose the document is. */
	void subtitle(String text) {
		write(text, REGULAR, 13, 0, WIDTH);
		y -= 10;
	}

	/** A section's heading; kept on the same page as at least the first lines that follow it. */
	void heading(String text) {
		y -= 10;
		keepRoom(14 * LEADING + 3 * TEXT_SIZE * LEADING);
		write(text, BOLD, 14, 0, WIDTH);
		y -= 3;
	}

	/** A heading inside a section, such as one goal's. */
	void subheading(String text) {
		y -= 6;
		keepRoom(11.5f * LEADING + 3 * TEXT_SIZE * LEADING);
		write(text, BOLD, 11.5f, 0, WIDTH);
		y -= 2;
	}

	/** Running text; a line break in it starts a new paragraph. */
	void paragraph(String text) {
		write(text, REGULAR, TEXT_SIZE, 0, WIDTH);
		y -= 4;
	}

	/** Text set apart, such as a status or an explanation of the document. */
	void note(String text) {
		write(text, ITALIC, TEXT_SIZE, 0, WIDTH);
		y -= 4;
	}

	/** A labelled value, the label in bold to the left, the value wrapped beside it. */
	void field(String label, String value) {
		List<String> labelLines = lines(label, BOLD, TEXT_SIZE, LABEL_WIDTH - 8);
		List<String> valueLines = lines(value == null || value.isBlank() ? "–" : value, REGULAR, TEXT_SIZE,
				WIDTH - LABEL_WIDTH);
		float line = TEXT_SIZE * LEADING;
		int rows = Math.max(labelLines.size(), valueLines.size());
		for (int row = 0; row < rows; row++) {
			keepRoom(line);
			if (row < labelLines.size()) {
				show(labelLines.get(row), BOLD, TEXT_SIZE, MARGIN, y - TEXT_SIZE);
			}
			if (row < valueLines.size()) {
				show(valueLines.get(row), REGULAR, TEXT_SIZE, MARGIN + LABEL_WIDTH, y - TEXT_SIZE);
			}
			y -= line;
		}
		y -= 2;
	}

	/** A line of a list, with a bullet; its text wraps under itself. */
	void bullet(String text) {
		List<String> lines = lines(text, REGULAR, TEXT_SIZE, WIDTH - 14);
		float line = TEXT_SIZE * LEADING;
		for (int i = 0; i < lines.size(); i++) {
			keepRoom(line);
			if (i == 0) {
				show("•", REGULAR, TEXT_SIZE, MARGIN + 2, y - TEXT_SIZE);
			}
			show(lines.get(i), REGULAR, TEXT_SIZE, MARGIN + 14, y - TEXT_SIZE);
			y -= line;
		}
		y -= 1;
	}

	/** The finished document: every page gets its footer with the page number. */
	byte[] finish() {
		try {
			content.close();
			int pages = document.getNumberOfPages();
			for (int i = 0; i < pages; i++) {
				PDPage page = document.getPage(i);
				try (PDPageContentStream foot = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
						true, true)) {
					float size = 8.5f;
					String number = "Side " + (i + 1) + " af " + pages;
					String name = lines(footer, REGULAR, size, WIDTH - 80).get(0);
					foot.setStrokingColor(0.6f, 0.6f, 0.6f);
					foot.setLineWidth(0.5f);
					foot.moveTo(MARGIN, MARGIN);
					foot.lineTo(PAGE.getWidth() - MARGIN, MARGIN);
					foot.stroke();
					text(foot, name, REGULAR, size, MARGIN, MARGIN - 12);
					text(foot, number, REGULAR, size, PAGE.getWidth() - MARGIN - width(number, REGULAR, size), MARGIN - 12);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			try {
				document.close();
			}
			catch (IOException e) {
				// Nothing was kept open but the document in memory.
			}
		}
	}

	private void write(String text, PDType1Font font, float size, float indent, float width) {
		float line = size * LEADING;
		for (String row : lines(text, font, size, width)) {
			keepRoom(line);
			show(row, font, size, MARGIN + indent, y - size);
			y -= line;
		}
	}

	private void keepRoom(float height) {
		if (y - height < BOTTOM) {
			try {
				content.close();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			newPage();
		}
	}

	private void newPage() {
		PDPage page = new PDPage(PAGE);
		document.addPage(page);
		try {
			content = new PDPageContentStream(document, page);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		y = TOP;
	}

	private void show(String text, PDType1Font font, float size, float x, float baseline) {
		try {
			text(content, text, font, size, x, baseline);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void text(PDPageContentStream stream, String text, PDType1Font font, float size, float x, float baseline)
			throws IOException {
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(x, baseline);
		stream.showText(text);
		stream.endText();
	}

	/** The text cleaned and broken into lines that fit the width: at spaces, or inside a word too long for a line. */
	List<String> lines(String text, PDType1Font font, float size, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : clean(text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" +")) {
				if (word.isEmpty()) {
					continue;
				}
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, font, size) <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				while (width(word, font, size) > width) {
					int cut = word.length() - 1;
					while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
						cut--;
					}
					lines.add(word.substring(0, cut));
					word = word.substring(cut);
				}
				line.append(word);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static float width(String text, PDType1Font font, float size) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Line breaks kept, other control characters as spaces, and every character as the fonts can show it. */
	String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(text.length());
		String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
		normalised.codePoints().forEach(c -> {
			if (c == '\n') {
				clean.append('\n');
			}
			else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
				clean.append(' ');
			}
			else {
				clean.append(shown.computeIfAbsent(c, PdfLayout::showable));
			}
		});
		return clean.toString();
	}

	private static String showable(int codePoint) {
		String character = new String(Character.toChars(codePoint));
		try {
			// Every font used here has the same encoding, so one tells for all.
			REGULAR.encode(character);
			return character;
		}
		catch (IOException | IllegalArgumentException e) {
			return PLAIN.getOrDefault(codePoint, "?");
		}
	}
}
