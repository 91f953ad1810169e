package com.pilotstatus.embed.testing;

import com.deque.html.axecore.results.Rule;
import java.util.List;
import java.util.stream.Collectors;

/** What the iframes' axe-core checks (chat and connect) assert and print. */
public final class Axe {

  private Axe() {
  }

  /** The violations of impact serious or critical: what the accessibility ITs allow none of. */
  public static List<Rule> serious(List<Rule> violations) {
    return violations.stream().filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
        .toList();
  }

  /** Every violation with its impact and first nodes, for the log and the assertion message. */
  public static String describe(List<Rule> violations) {
    if (violations.isEmpty()) {
      return "0 violations";
    }
    return violations.size() + " violations: " + violations.stream()
        .map(v -> v.getId() + " (" + v.getImpact() + ", " + v.getNodes().size() + " nodes: "
            + v.getNodes().stream().map(n -> n.getTarget() + " " + n.getFailureSummary().replace('\n', ' '))
                .limit(3).collect(Collectors.joining("; ")) + ")")
        .collect(Collectors.joining(", "));
  }
}
