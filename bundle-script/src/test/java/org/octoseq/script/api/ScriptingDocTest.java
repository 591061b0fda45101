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
