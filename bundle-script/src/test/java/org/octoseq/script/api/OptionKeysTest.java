package org.octoseq.script.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.script.host.JsScriptSession;

/**
 * The keys of every options object in the model are the keys the runtime accepts: for each method taking an
 * options type, a real script passes an unknown key, and the warning the runtime gives lists the keys it
 * allows, which must be exactly the model's.
 */
class OptionKeysTest {

    /** Where a script finds an object of each type that has a method with an options parameter. */
    private static final Map<String, String> RECEIVERS = Map.of(
            "EventStream", "inputs.mix.onsetPeaks", "PickBuilder", "inputs.mix.energy.pick",
            "Signal", "inputs.mix.energy");

    private static final Pattern ALLOWED = Pattern.compile("unknown option 'no_such_key' is ignored; allowed: \\[([^]]*)]");

    @Test
    void everyOptionsTypeListsExactlyTheKeysTheRuntimeAccepts(@TempDir Path dir) throws Exception {
        ApiModel model = ApiModel.standard();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (SampleShow show = new SampleShow()) {
            for (ApiType owner : model.types()) {
                for (ApiMethod m : owner.methods()) {
                    for (ApiParam p : m.params()) {
                        ApiType options = model.type(p.type()).orElse(null);
                        if (options == null || options.kind() != ApiType.Kind.OPTIONS) {
                            continue;
                        }
                        String receiver = RECEIVERS.get(owner.name());
                        if (receiver == null) {
                            problems.add("no sample receiver for " + owner.name() + " in this test (add one to RECEIVERS)");
                            continue;
                        }
                        Set<String> runtime = allowedKeys(show, dir, receiver + "." + m.name());
                        Set<String> modelKeys = new TreeSet<>();
                        options.properties().forEach(k -> modelKeys.add(k.name()));
                        if (!runtime.equals(modelKeys)) {
                            problems.add(owner.name() + "." + m.name() + " accepts " + runtime + " at runtime, the model's "
                                    + options.name() + " (" + model.fileOf(options.name()) + ") lists " + modelKeys);
                        }
                        checked++;
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(2, checked, "options parameters found in the model");
    }

    private static Set<String> allowedKeys(SampleShow show, Path dir, String call) throws Exception {
        String script = "function update(dt, frame) { var r = " + call + "({no_such_key: 1});"
                + " if (r.value) r.value(); else r.len(); }\n";
        try (JsScriptSession s = show.open(dir, script)) {
            for (Diagnostic d : s.diagnostics()) {
                Matcher m = ALLOWED.matcher(d.message());
                if (m.find()) {
                    return new TreeSet<>(Arrays.asList(m.group(1).split(", ")));
                }
            }
            throw new AssertionError(call + " gave no unknown-option warning: " + s.diagnostics());
        }
    }
}
