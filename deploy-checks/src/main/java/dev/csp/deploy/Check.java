package dev.csp.deploy;

import java.util.List;

/** One thing a reviewer looks for in rendered manifests; each problem is a sentence naming the object. */
public interface Check {

    List<String> problems(Manifests manifests);
}
