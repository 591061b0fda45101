package org.octoseq.processing.assets;

import processing.core.PShape;

/** The script global {@code mesh}: 3D models from the show's {@code assets/} folder. */
public final class MeshLoader {

    private final AssetLibrary assets;

    MeshLoader(AssetLibrary assets) {
        this.assets = assets;
    }

    /**
     * The OBJ model (or SVG) {@code id} from {@code assets/}, as a shape for {@code g.shape(m, x, y)}; see
     * {@link AssetLibrary#shape(String)}.
     */
    public PShape load(String id) {
        return assets.shape(id);
    }

    @Override
    public String toString() {
        return "mesh (load OBJ models from " + assets.folder() + ")";
    }
}
