package org.octoseq.processing.assets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.ScriptGlobals;
import org.osgi.service.component.annotations.Component;

/**
 * The script globals {@code assets} and {@code mesh}: shapes (SVG, OBJ) and images from the show folder's
 * {@code assets/}, as Processing objects to draw with {@code g.shape} and {@code g.image}. The show folder is
 * the nearest folder above the script that has a {@code project.json}.
 */
@Component(service = ScriptGlobals.class)
public final class ShowAssets implements ScriptGlobals {

    @Override
    public Map<String, Object> globals(Path scriptFile, Consumer<Diagnostic> diagnostics) {
        AssetLibrary library = new AssetLibrary(showFolder(scriptFile).resolve(AssetLibrary.FOLDER), diagnostics);
        return Map.of("assets", library, "mesh", new MeshLoader(library));
    }

    /** The nearest folder above {@code scriptFile} with a {@code project.json}; the script's folder if none. */
    static Path showFolder(Path scriptFile) {
        Path script = scriptFile.toAbsolutePath().normalize();
        for (Path dir = script.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("project.json"))) {
                return dir;
            }
        }
        return script.getParent();
    }
}
