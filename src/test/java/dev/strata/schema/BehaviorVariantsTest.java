package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.schema.idl.SchemaPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tagged variants of the forum ({@code src/test/resources/behavior-variants/}) against the SDL PostGraphile 5 +
 * V4 preset printed for the same tags and global default ({@code <variant>.graphql}, recorded by
 * {@code src/test/reference/record-behavior-variants.sh}): the set of types, fields, arguments, input fields and
 * enum values must be the same, except for a documented difference of Strata's ({@code <variant>.difference}: the
 * lines PostGraphile 5 has and Strata has not, {@code -}, and the other way round, {@code +}).
 */
class BehaviorVariantsTest {

    @Test
    void untaggedForumHasPostGraphileShape() throws Exception {
        assertSameShapeAsPostGraphile("base");
    }

    @Test
    void sortableFilterableComputedColumnOrdersAndFilters() throws Exception {
        assertSameShapeAsPostGraphile("computed_sortable_filterable");
    }

    @Test
    void tableListNotConnectionHasListsEverywhereAndNoPayloadEdges() throws Exception {
        assertSameShapeAsPostGraphile("table_list_not_connection");
    }

    @Test
    void tableWithoutConnectionHasNoConnectionTypesNorPayloadEdges() throws Exception {
        assertSameShapeAsPostGraphile("table_no_connection");
    }

    @Test
    void tableWithoutRootConnectionKeepsRelationConnections() throws Exception {
        assertSameShapeAsPostGraphile("table_no_root_connection");
    }

    @Test
    void omitAllRemovesRootCollectionsAndUnusedConnectionTypes() throws Exception {
        assertSameShapeAsPostGraphile("table_omit_all");
    }

    @Test
    void tableWithoutNodeHasNoNodeIdsNorDeletedNodeIds() throws Exception {
        assertSameShapeAsPostGraphile("table_no_node");
    }

    @Test
    void tableWithoutBackwardsConnectionsHasNoLastNorBefore() throws Exception {
        assertSameShapeAsPostGraphile("table_no_backwards");
    }

    @Test
    void rightmostInsertAcrossSeveralTagsDecides() throws Exception {
        assertSameShapeAsPostGraphile("several_tags_rightmost_insert");
    }

    @Test
    void globalNoUpdateTableUpdateKeyNoUpdateKeepsUpdateByNodeId() throws Exception {
        assertSameShapeAsPostGraphile("global_no_update_table_update_key_no_update");
    }

    @Test
    void globalListsTableConnectionsGiveThatTableConnectionsOnly() throws Exception {
        assertSameShapeAsPostGraphile("global_lists_table_connections");
    }

    @Test
    void tableWithoutTotalCountHasConnectionsWithoutIt() throws Exception {
        assertSameShapeAsPostGraphile("table_no_total_count");
    }

    @Test
    void tableWithoutOrderAndFilterHasNoOrderByNorCondition() throws Exception {
        assertSameShapeAsPostGraphile("table_no_order_no_filter");
    }

    @Test
    void columnWithoutOrderByFilterByUpdateLeavesEnumConditionAndPatch() throws Exception {
        assertSameShapeAsPostGraphile("column_not_ordered_filtered_updated");
    }

    @Test
    void setReturningFunctionListNotConnectionIsAList() throws Exception {
        assertSameShapeAsPostGraphile("function_list_not_connection");
    }

    @Test
    void functionWithoutQueryFieldIsNotAtTheRoot() throws Exception {
        assertSameShapeAsPostGraphile("function_not_query_field");
    }

    @Test
    void computedColumnWithoutTypeFieldIsNotAField() throws Exception {
        assertSameShapeAsPostGraphile("computed_not_type_field");
    }

    @Test
    void relationWithListHasBothShapes() throws Exception {
        assertSameShapeAsPostGraphile("relation_list_and_connection");
    }

    @Test
    void primaryKeyWithoutSingleHasNoLookup() throws Exception {
        assertSameShapeAsPostGraphile("key_not_single");
    }

    @Test
    void payloadWithoutRowBehaviorsLeavesRowAndDeletedId() throws Exception {
        assertSameShapeAsPostGraphile("payload_without_row");
    }

    @Test
    void readOnlyGlobalDefaultWithTableInsertKeepsThatCreate() throws Exception {
        assertSameShapeAsPostGraphile("global_read_only");
    }





    @Test
    void columnWithoutSelectOrInsertLeavesFieldOrInput() throws Exception {
        assertSameShapeAsPostGraphile("column_not_select_not_insert");
    }

    @Test
    void payloadWithoutUpdatedAndDeletedRowLeavesTheirRowFields() throws Exception {
        assertSameShapeAsPostGraphile("payload_without_updated_deleted_row");
    }

    @Test
    void relationWithoutSingularRelationHasNoForwardField() throws Exception {
        assertSameShapeAsPostGraphile("relation_not_single");
    }

    @Test
    void relationWithoutManyRelationHasNoBackwardConnection() throws Exception {
        assertSameShapeAsPostGraphile("relation_not_many");
    }

    @Test
    void tableWithoutSingleHasNoLookupsNorFieldsReturningOneRow() throws Exception {
        assertSameShapeAsPostGraphile("table_not_single");
    }

    @Test
    void keyWithoutDeleteAndNodeIdMutationsLeavesTheOthers() throws Exception {
        assertSameShapeAsPostGraphile("key_not_delete_not_node_id_mutations");
    }



    @Test
    void oneToOneRelationListNotConnection() throws Exception {
        assertSameShapeAsPostGraphile("one_to_one_list_not_connection");
    }

    @Test
    void volatileFunctionWithoutMutationFieldIsNotAMutation() throws Exception {
        assertSameShapeAsPostGraphile("function_not_mutation_field");
    }

    @Test
    void rowReturningFunctionsWithoutSingleAreNotFields() throws Exception {
        assertSameShapeAsPostGraphile("function_not_single");
    }

    @Test
    void setReturningFunctionWithoutBackwardsHasNoLastNorBefore() throws Exception {
        assertSameShapeAsPostGraphile("function_no_backwards");
    }

    @Test
    void tableWithoutRecordKeepsItsInputs() throws Exception {
        assertSameShapeAsPostGraphile("table_not_record");
    }


    @Test
    void setReturningComputedColumnListNotConnectionIsAList() throws Exception {
        assertSameShapeAsPostGraphile("computed_set_list_not_connection");
    }

    @Test
    void allowListWithoutTableBehaviorDropsTheTable() throws Exception {
        assertSameShapeAsPostGraphile("table_allow_list");
    }

    @Test
    void omitWithoutOptionsKeepsTheTypeANodeForFunctionsAndForwardRelationsAsPostGraphile4() throws Exception {
        assertSameShapeAsPostGraphile("table_omit_everything");
    }

    @Test
    void tableWithoutSelectKeepsItsTypeWithoutNodeNorPayloadRows() throws Exception {
        assertSameShapeAsPostGraphile("table_not_select");
    }

    @Test
    void enumWithoutSelectLeavesOutItsColumnsOutputFieldsOnly() throws Exception {
        assertSameShapeAsPostGraphile("enum_not_select");
    }

    @Test
    void oneToOneRelationHasSingleBackwardFieldAndPostGraphile4DeprecatedConnection() throws Exception {
        assertSameShapeAsPostGraphile("one_to_one");
    }

    @Test
    void oneToOneRelationWithoutSingularRelationHasNoBackwardSingleField() throws Exception {
        assertSameShapeAsPostGraphile("one_to_one_not_single");
    }

    @Test
    void globalAllowListWithoutTableBehaviorLeavesNoTables() throws Exception {
        assertSameShapeAsPostGraphile("global_allow_list");
    }

    @Test
    void omittedTableThatNothingReturnsIsNotInTheSchema() throws Exception {
        assertSameShapeAsPostGraphile("table_omit_unreferenced");
    }

    @Test
    void orderByAsksTheTablesOrderWhileConditionAsksItsCollection() throws Exception {
        assertSameShapeAsPostGraphile("collection_order_filter_scopes");
    }

    @Test
    void computedColumnWithoutConditionProcFilterByIsOnlyInOrderBy() throws Exception {
        assertSameShapeAsPostGraphile("computed_filterable_not_condition");
    }

    @Test
    void jwtTypeIsAScalarReturnedByItsFunction() throws Exception {
        assertSameShapeAsPostGraphile("jwt_type");
    }

    @Test
    void jwtTypeWithoutJwtBehaviorIsStillTheConfiguredJwtType() throws Exception {
        assertSameShapeAsPostGraphile("jwt_not_jwt");
    }

    private static void assertSameShapeAsPostGraphile(String variant) throws Exception {
        List<String> strata = SchemaShape.names(new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .includeDirectives(false)).print(BehaviorVariants.serve(variant, "bv_" + variant, "").schema()
                .schema()));
        List<String> postgraphile = SchemaShape.names(Files.readString(
                BehaviorVariants.DIRECTORY.resolve(variant + ".graphql")));
        Path known = BehaviorVariants.DIRECTORY.resolve(variant + ".difference");
        String expected = Files.exists(known) ? Files.readString(known) : "";
        assertEquals(expected, difference(postgraphile, strata), variant);
    }

    private static String difference(List<String> expected, List<String> actual) {
        StringBuilder lines = new StringBuilder();
        expected.stream().filter(line -> !actual.contains(line))
                .forEach(line -> lines.append("- ").append(line).append('\n'));
        actual.stream().filter(line -> !expected.contains(line)).forEach(line -> lines.append("+ ").append(line).append('\n'));
        return lines.toString();
    }
}
