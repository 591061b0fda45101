package org.octoseq.script.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/scripting.md documents every script-visible name: its API reference section is the model itself
 * (regenerate with {@code mvn -pl bundle-script -am test -Dtest=ScriptingDocTest -Doctoseq.docs.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}) and its guide mentions every global.
 */
class ScriptingDocTest {

    private static final Path DOC = Path.of(System.getProperty("octoseq.docs.dir", "../docs")).resolve("scripting.md");

    @Test
    void theReferenceSectionIsTheModel() throws Exception {
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = text.indexOf(ApiReference.START);
        int end = text.indexOf(ApiReference.END);
        assertTrue(start >= 0 && end > start, DOC + " has no generated API reference between the markers");
        String current = text.substring(start, end + ApiReference.END.length());
        String generated = new ApiReference(ApiModel.standard()).markdown();
        if (Boolean.getBoolean("octoseq.docs.write") && !current.equals(generated)) {
            Files.writeString(DOC, text.substring(0, start) + generated + text.substring(end + ApiReference.END.length()),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, current, "the API reference in " + DOC + " is out of date with the model: regenerate it"
                + " with -Doctoseq.docs.write=true (see this test's javadoc)");
    }

    /**
     * The seed's "consistent naming documented throughout": old names appear only where the page talks about
     * them (the migration table and the guardrail that warns about them). Old names are looked for as members
     * ({@code .spectralCentroid}): the same words as values elsewhere (the {@code spectralCentroid} reduction of
     * a custom signal, what {@code octoseq import} renames) are not script names.
     */
    @Test
    void oldNamesAppearOnlyWhereThePageTalksAboutThem() throws Exception {
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        String rest = without(without(text, "## 16. Migrating from the original Octoseq"), "## 13. Guardrails");
        List<String> old = new ArrayList<>();
        for (String name : new String[] {".spectralCentroid", ".onsetEnvelope", ".spectralFlux", ".amplitude", "inputs.bands",
                "inputs.authored", "inputs.time", "inputs.bpm"}) {
            if (rest.contains(name)) {
                old.add(name);
            }
        }
        assertTrue(old.isEmpty(), "old names outside the migration and guardrail sections of " + DOC + ": " + old);
    }

    /** The text without the section that starts with {@code heading} (up to the next {@code ## } heading). */
    private static String without(String text, String heading) {
        int from = text.indexOf(heading);
        int to = text.indexOf("\n## ", from + 1);
        assertTrue(from > 0 && to > from, "no section '" + heading + "' in " + DOC);
        return text.substring(0, from) + text.substring(to);
    }

    @Test
    void theGuideMentionsEveryGlobal() throws Exception {
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        String guide = text.substring(0, Math.max(0, text.indexOf(ApiReference.START)));
        List<String> missing = new ArrayList<>();
        for (String global : ApiModel.standard().globals().keySet()) {
            if (!guide.contains("`" + global) ) {
                missing.add(global);
            }
        }
        assertTrue(missing.isEmpty(), "globals the guide part of " + DOC + " never mentions: " + missing);
    }
}
