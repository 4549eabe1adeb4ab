""" Module containing the main model class for the dowhy package.

"""
import logging

from sympy import init_printing

import dowhy.graph_learners as graph_learners
import dowhy.causal_estimators as causal_estimators
import dowhy.causal_refuters as causal_refuters
import dowhy.utils.cli_helpers as cli
from dowhy.causal_estimator import CausalEstimate
from dowhy.causal_graph import CausalGraph
from dowhy.causal_identifier import CausalIdentifier
from dowhy.causal_identifiers.id_identifier import IDIdentifier
from dowhy.utils.api import parse_state

init_printing()  # To display symbolic math symbols


class CausalModel:

    """Main class for storing the causal model state.

    """

    def __init__(self, data, treatment, outcome, graph=None,
                 common_causes=None, instruments=None,
                 effect_modifiers=None,
                 estimand_type="nonparametric-ate",
                 proceed_when_unidentifiable=False,
                 missing_nodes_as_confounders=False,
                 identify_vars=False,
                 **kwargs):
        """Initialize data and create a causal graph instance."""
        self._data = data
        self._treatment = parse_state(treatment)
        self._outcome = parse_state(outcome)
        self._effect_modifiers = parse_state(effect_modifiers)
        self._estimand_type = estimand_type
        self._proceed_when_unidentifiable = proceed_when_unidentifiable
        self._missing_nodes_as_confounders = missing_nodes_as_confounders
        self.logger = logging.getLogger(__name__)

        if graph is None:
            self.logger.warning("Causal Graph not provided. DoWhy will construct a graph based on data inputs.")
            self._common_causes = parse_state(common_causes)
            self._instruments = parse_state(instruments)
            if common_causes is not None and instruments is not None:
                self._graph = CausalGraph(
                    self._treatment,
                    self._outcome,
                    common_cause_names=self._common_causes,
                    instrument_names=self._instruments,
                    effect_modifier_names=self._effect_modifiers,
                    observed_node_names=self._data.columns.tolist()
                )
            else:
                self.logger.warning("Relevant variables to build causal graph not provided. You may want to use the learn_graph() function to construct the causal graph.")
                self._graph = None

        else:
            self.init_graph(graph=graph, identify_vars=identify_vars)

        self._other_variables = kwargs
        self.summary()

    def learn_graph(self, method_name="cdt.causality.graph.LiNGAM", *args, **kwargs):
        '''
        Learn causal graph from the data. This function takes the method name as input and initializes the
        causal graph object using the learnt graph.
        '''
        # Import causal discovery class
        str_arr = method_name.split(".", maxsplit=1)
        library_name = str_arr[0]
        causal_discovery_class = graph_learners.get_discovery_class_object(library_name)

        model = causal_discovery_class(self._data, method_name, *args, **kwargs)
        graph = model.learn_graph()

        # Initialize causal graph object
        self.init_graph(graph=graph)

        return self._graph

    def identify_effect(self, estimand_type=None,
            method_name="default", proceed_when_unidentifiable=None, optimize_backdoor=False):
        """Identify the causal effect to be estimated, using properties of the causal graph."""
        if proceed_when_unidentifiable is None:
            proceed_when_unidentifiable = self._proceed_when_unidentifiable
        if estimand_type is None:
            estimand_type = self._estimand_type

        if method_name == "id-algorithm":
            self.identifier = IDIdentifier(self._graph,
                                           estimand_type,
                                           method_name,
                                           proceed_when_unidentifiable=proceed_when_unidentifiable)
            identified_estimand = self.identifier.identify_effect()
        else:
            self.identifier = CausalIdentifier(self._graph,
                                               estimand_type,
                                               method_name,
                                               proceed_when_unidentifiable=proceed_when_unidentifiable)
            identified_estimand = self.identifier.identify_effect(optimize_backdoor=optimize_backdoor)

        return identified_estimand
