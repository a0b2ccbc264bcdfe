package org.throughline.dsl.ide.labels;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.throughline.model.plan.Aim;
import org.throughline.model.plan.Chapter;
import org.throughline.model.plan.Commitment;
import org.throughline.model.plan.Consultation;
import org.throughline.model.plan.ConsultationTheme;
import org.throughline.model.plan.Indicator;
import org.throughline.model.plan.Inspection;
import org.throughline.model.plan.InspectionAction;
import org.throughline.model.plan.Judgement;
import org.throughline.model.plan.Move;
import org.throughline.model.plan.NamedElement;
import org.throughline.model.plan.Organisation;
import org.throughline.model.plan.OrganisationUnit;
import org.throughline.model.plan.Person;
import org.throughline.model.plan.Plan;
import org.throughline.model.plan.PlanModule;
import org.throughline.model.plan.PolicyDocument;
import org.throughline.model.plan.Portfolio;
import org.throughline.model.plan.Post;
import org.throughline.model.plan.Respondent;
import org.throughline.model.plan.Response;
import org.throughline.model.plan.Restructure;
import org.throughline.model.plan.Scale;
import org.throughline.model.plan.ScaleLevel;
import org.throughline.model.plan.Section;
import org.throughline.model.plan.SourceDocument;
import org.throughline.model.plan.Theme;
import org.throughline.model.plan.util.PlanSwitch;

/**
 * How a plan element is named to a person: the keyword that declares it ("commitment", "unit"), its name and its
 * title, as the outline, hover, completion and search results show them.
 */
public final class PlanLabels {

	private static final PlanSwitch<String> KEYWORDS = new PlanSwitch<>() {
		@Override public String casePlanModule(PlanModule object) { return "module"; }
		@Override public String caseSourceDocument(SourceDocument object) { return "document"; }
		@Override public String casePolicyDocument(PolicyDocument object) { return "policy document"; }
		@Override public String casePlan(Plan object) { return "plan"; }
		@Override public String caseAim(Aim object) { return "aim"; }
		@Override public String caseTheme(Theme object) { return "theme"; }
		@Override public String caseChapter(Chapter object) { return "chapter"; }
		@Override public String caseSection(Section object) { return "section"; }
		@Override public String caseCommitment(Commitment object) { return "commitment"; }
		@Override public String caseOrganisation(Organisation object) { return "organisation"; }
		@Override public String caseOrganisationUnit(OrganisationUnit object) { return "unit"; }
		@Override public String casePost(Post object) { return "post"; }
		@Override public String casePerson(Person object) { return "person"; }
		@Override public String casePortfolio(Portfolio object) { return "portfolio"; }
		@Override public String caseRestructure(Restructure object) { return "restructure"; }
		@Override public String caseMove(Move object) { return object.getKind() == null ? "move" : object.getKind().getLiteral(); }
		@Override public String caseScale(Scale object) { return "scale"; }
		@Override public String caseScaleLevel(ScaleLevel object) { return "level"; }
		@Override public String caseIndicator(Indicator object) { return "indicator"; }
		@Override public String caseInspection(Inspection object) { return "inspection"; }
		@Override public String caseJudgement(Judgement object) { return "judgement"; }
		@Override public String caseInspectionAction(InspectionAction object) { return "action"; }
		@Override public String caseConsultation(Consultation object) { return "consultation"; }
		@Override public String caseConsultationTheme(ConsultationTheme object) { return "consultation theme"; }
		@Override public String caseRespondent(Respondent object) { return "respondent"; }
		@Override public String caseResponse(Response object) { return "response"; }
		@Override public String defaultCase(EObject object) { return object.eClass().getName().toLowerCase(); }
	};

	private PlanLabels() {
	}

	/** The word that declares the element in the language, e.g. "commitment" or "unit". */
	public static String kind(EObject element) {
		return KEYWORDS.doSwitch(element);
	}

	/** The element's name, or "" when it has none (yet). */
	public static String name(EObject element) {
		if (element instanceof PlanModule module) {
			return module.getName() == null ? "" : module.getName();
		}
		if (element instanceof NamedElement named && named.getName() != null) {
			return named.getName();
		}
		return "";
	}

	/** The element's title, or null when it has none. */
	public static String title(EObject element) {
		if (element instanceof NamedElement named && named.getTitle() != null && !named.getTitle().isBlank()) {
			return named.getTitle();
		}
		return null;
	}

	/** "R5 Expand the Gateway programme": the name, then the title when there is one. */
	public static String nameAndTitle(EObject element) {
		String title = title(element);
		return title == null ? name(element) : name(element) + " \u2013 " + title;
	}

	/** The module the element is declared in, or null. */
	public static PlanModule module(EObject element) {
		return EcoreUtil2.getContainerOfType(element, PlanModule.class);
	}
}
