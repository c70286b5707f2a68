package org.liandong.deploy;

/**
 * What the launcher prints once everything is up: where the web app is and who can sign in. On
 * standard output, not the log, so that it is the last thing a newcomer sees.
 */
final class StartBanner {

  private StartBanner() {}

  static String of(String webAddress) {
    return String.join(
        System.lineSeparator(),
        "",
        "  Liandong is ready.",
        "",
        "  Open the web app: " + webAddress + "/",
        "  Sign in on the identity provider's page as one of the built-in users; each password is",
        "  the name followed by -demo:",
        "    office       the leading-group office (office / office-demo)",
        "    gacc, mps    a department: customs, public security (gacc / gacc-demo); every",
        "                 department's code in lower case",
        "    mps.hebei    public security, limited to Hebei",
        "    evaluator    an evaluator;  auditor: an auditor",
        "  The full list is deploy/src/main/resources/local-users.yml. Stop with Ctrl-C.",
        "");
  }
}
