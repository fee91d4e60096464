package dev.mockloop.pack.io;

import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules for the files that travel with a pack: assets are PNG, JPEG or GIF images
 * under {@code assets/} whose bytes are what their name says (they decode as that type,
 * within {@link PictureCheck#MAX_PIXELS}, not merely start with its magic bytes), and every
 * picture a question names is there.
 */
public final class AssetRules {

    private AssetRules() {
    }

    /**
     * @param file   the name to put in problems (the zip, folder or URL)
     * @param bundle the pack and its assets
     * @return every problem, empty when the assets are fine
     */
    public static List<PackProblem> check(String file, PackBundle bundle) {
        List<PackProblem> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> asset : bundle.assets().entrySet()) {
            String why = imageProblem(asset.getKey(), asset.getValue());
            if (why != null) {
                problems.add(new PackProblem(file, 0, 0, asset.getKey(), asset.getKey() + ": " + why));
            }
        }
        List<Question> questions = bundle.pack().questions();
        for (int q = 0; q < questions.size(); q++) {
            String image = questions.get(q).design().image();
            if (image != null && !bundle.assets().containsKey(image)) {
                problems.add(new PackProblem(file, 0, 0, "/questions/" + q + "/design/image", "question '"
                        + questions.get(q).id() + "' shows picture '" + image + "', which the pack does not contain;"
                        + " put the file in the pack's assets folder, or import the pack as a .zip or folder"));
            }
        }
        return problems;
    }

    /** @return why this file cannot be an asset, or null when it is a well-formed image of its kind */
    static String imageProblem(String path, byte[] bytes) {
        if (!path.startsWith(PackBundle.ASSETS_FOLDER + "/")) {
            return "only files in the assets folder travel with a pack";
        }
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)
                    ? PictureCheck.decodeProblem("png", "PNG", bytes) : "is not a PNG image";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return startsWith(bytes, 0xFF, 0xD8, 0xFF) ? PictureCheck.decodeProblem("jpeg", "JPEG", bytes)
                    : "is not a JPEG image";
        }
        if (name.endsWith(".gif")) {
            return startsWith(bytes, 'G', 'I', 'F', '8') ? PictureCheck.decodeProblem("gif", "GIF", bytes)
                    : "is not a GIF image";
        }
        return "only PNG, JPEG and GIF images may be assets (Mockloop shows text and pictures, nothing else)";
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
