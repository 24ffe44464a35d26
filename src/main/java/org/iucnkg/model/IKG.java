package org.iucnkg.model;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the IUCN-KG ontology (ontology/iucn-kg.ttl); see docs/model.md for what each means. */
public final class IKG {
    public static final String NS = "https://w3id.org/iucn-kg/ontology#";

    private IKG() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS, local); }

    // Classes
    public static final Resource PolicyInstrument = c("PolicyInstrument");
    public static final Resource Resolution = c("Resolution");
    public static final Resource Recommendation = c("Recommendation");
    public static final Resource Decision = c("Decision");
    public static final Resource Declaration = c("Declaration");
    public static final Resource QuotedParagraph = c("QuotedParagraph");
    public static final Resource ProgressReport = c("ProgressReport");
    public static final Resource ActivityReport = c("ActivityReport");
    public static final Resource IUCNMember = c("IUCNMember");
    public static final Resource Commission = c("Commission");
    public static final Resource CommissionMandate = c("CommissionMandate");
    public static final Resource Country = c("Country");
    public static final Resource Activity = c("Activity");
    public static final Resource PlannedAction = c("PlannedAction");
    public static final Resource Event = c("Event");
    public static final Resource Congress = c("Congress");
    public static final Resource Toolkit = c("Toolkit");
    public static final Resource ToolkitImplementation = c("ToolkitImplementation");
    public static final Resource Document = c("Document");
    public static final Resource NetworkFigure = c("NetworkFigure");
    public static final Resource SourceDocument = c("SourceDocument");

    // Instruments
    public static final Property congressYear = p("congressYear");
    public static final Property issuedBy = p("issuedBy");
    public static final Property adoptedAt = p("adoptedAt");
    public static final Property recognizes = p("recognizes");
    public static final Property referencesToolkit = p("referencesToolkit");
    public static final Property recognitionGroup = p("recognitionGroup");
    public static final Property quotedParagraph = p("quotedParagraph");
    public static final Property paragraphNumber = p("paragraphNumber");
    public static final Property order = p("order");
    public static final Property mentions = p("mentions");
    public static final Property mentionsEvent = p("mentionsEvent");

    // Reports
    public static final Property reportsOn = p("reportsOn");
    public static final Property implementingMember = p("implementingMember");
    public static final Property implementingCommission = p("implementingCommission");
    public static final Property commissionMandate = p("commissionMandate");
    public static final Property mandateOf = p("mandateOf");
    public static final Property mandateStartYear = p("mandateStartYear");
    public static final Property mandateEndYear = p("mandateEndYear");
    public static final Property implementingPartner = p("implementingPartner");
    public static final Property secretariatInvolved = p("secretariatInvolved");
    public static final Property actionCategory = p("actionCategory");
    public static final Property implementationStatus = p("implementationStatus");
    public static final Property hasActivity = p("hasActivity");
    public static final Property plannedAction = p("plannedAction");
    public static final Property results = p("results");
    public static final Property challenges = p("challenges");
    public static final Property futureActions = p("futureActions");
    public static final Property actionsPlanned = p("actionsPlanned");
    public static final Property additionalInformation = p("additionalInformation");
    public static final Property unparsedText = p("unparsedText");
    public static final Property reportedBy = p("reportedBy");
    public static final Property constituentType = p("constituentType");
    public static final Property geographicScope = p("geographicScope");
    public static final Property periodCovered = p("periodCovered");
    public static final Property periodStart = p("periodStart");
    public static final Property periodEnd = p("periodEnd");
    public static final Property reportDate = p("reportDate");

    // Activities
    public static final Property involves = p("involves");
    public static final Property atEvent = p("atEvent");
    public static final Property country = p("country");
    public static final Property concernsCountry = p("concernsCountry");
    public static final Property activityDate = p("activityDate");
    public static final Property operativeParagraph = p("operativeParagraph");
    public static final Property citedURL = p("citedURL");
    public static final Property statusNote = p("statusNote");

    // Organisations and countries
    public static final Property acronym = p("acronym");
    public static final Property memberId = p("memberId");
    public static final Property worksOn = p("worksOn");
    public static final Property countryCode = p("countryCode");
    public static final Property countryCodeAlpha3 = p("countryCodeAlpha3");

    // Events
    public static final Property place = p("place");
    public static final Property startYear = p("startYear");

    // Toolkit
    public static final Property toolkit = p("toolkit");
    public static final Property completedStep = p("completedStep");
    public static final Property completedStepCount = p("completedStepCount");
    public static final Property actionPlanRecommendationsImplemented = p("actionPlanRecommendationsImplemented");
    public static final Property statusAsOf = p("statusAsOf");

    // Documents and figures
    public static final Property preparedFor = p("preparedFor");
    public static final Property agendaItem = p("agendaItem");
    public static final Property listsDocument = p("listsDocument");
    public static final Property hasNetworkFigure = p("hasNetworkFigure");
    public static final Property figureOf = p("figureOf");
    public static final Property presence = p("presence");
    public static final Property figureValue = p("figureValue");
    public static final Property figureQualifier = p("figureQualifier");
    public static final Property figureUnit = p("figureUnit");

    // Provenance
    public static final Property fileName = p("fileName");
    public static final Property sha256 = p("sha256");
    public static final Property ingestedAt = p("ingestedAt");
    public static final Property sourceFormat = p("sourceFormat");
    public static final Property namedGraph = p("namedGraph");
    public static final Property ingestWarning = p("ingestWarning");
}
