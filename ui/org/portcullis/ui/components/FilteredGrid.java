package org.portcullis.ui.components;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.portcullis.inventory.InventoryRows;
import org.portcullis.inventory.PageRequest;

import java.util.function.Function;

/**
 * A grid that loads lazily, page by page, from a facade, with one free-text filter above it. Sorting uses the
 * column keys, which the facade maps to columns it allows.
 */
public class FilteredGrid<T> extends Composite<VerticalLayout> {

    private final Grid<T> grid;
    private final TextField filter = new TextField();
    private final Function<PageRequest, InventoryRows.Page<T>> source;

    public FilteredGrid(String id, Class<T> type, Function<PageRequest, InventoryRows.Page<T>> source) {
        this.source = source;
        this.grid = new Grid<>(type, false);
        grid.setId(id + "-grid");
        grid.setPageSize(50);
        grid.setMultiSort(false);
        filter.setId(id + "-filter");
        filter.setPlaceholder("Filter");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setValueChangeTimeout(300);
        filter.setWidth("24em");
        filter.addValueChangeListener(e -> refresh());
        var layout = getContent();
        layout.setPadding(false);
        layout.setSizeFull();
        layout.add(filter, grid);
        layout.setFlexGrow(1, grid);
        refresh();
    }

    public Grid<T> grid() {
        return grid;
    }

    public void refresh() {
        grid.setItems(query -> {
            var sort = query.getSortOrders().stream().findFirst();
            var page = new PageRequest(filter.getValue(), query.getOffset(), query.getLimit(),
                    sort.map(QuerySortOrder::getSorted).orElse(null),
                    sort.map(s -> s.getDirection() == SortDirection.ASCENDING).orElse(true));
            return source.apply(page).rows().stream();
        }, query -> (int) source.apply(new PageRequest(filter.getValue(), 0, 1, null, true)).total());
    }
}
