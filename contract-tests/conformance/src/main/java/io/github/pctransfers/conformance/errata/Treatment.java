package io.github.pctransfers.conformance.errata;

import java.util.Objects;

/** How the tests treat a documented example an erratum says is wrong. */
public sealed interface Treatment permits Treatment.CorrectedBody, Treatment.Tolerance {

    /**
     * The checks use a corrected copy of the body, a file of the openapi bundle (e.g.
     * {@code errata/<case>.response.corrected.json}); the documented body is still checked, and the finding it
     * gives is what the erratum excuses.
     *
     * @param path the corrected body, relative to the bundle root
     */
    record CorrectedBody(String path) implements Treatment {
        /**
         * Checks and copies the components.
         *
         * @param path the file
         */
        public CorrectedBody {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return "corrected body " + path;
        }
    }

    /**
     * The example is used as documented and the matching finding is reported as excused, under a tolerance declared
     * with its meaning at the top of {@code errata.yaml}.
     *
     * @param name        the tolerance name
     * @param description what the tolerance means
     */
    record Tolerance(String name, String description) implements Treatment {
        /**
         * Checks and copies the components.
         *
         * @param description the description
         * @param name the name
         */
        public Tolerance {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }

        @Override
        public String describe() {
            return "tolerance " + name;
        }
    }

    /**
     * A short account for reports, e.g. {@code tolerance placeholder-not-a-guid}.
     *
     * @return a short account for reports, e.g. {@code tolerance placeholder-not-a-guid}
     */
    String describe();
}
