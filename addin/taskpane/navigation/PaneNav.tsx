import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";

export interface NavItem {
  readonly id: string;
  readonly label: string;
}

/**
 * The pane's features as tabs that fit the task pane's width (about 320 px): the tabs that do not
 * fit move, in order, into a "More" menu at the end, and the open one always stays visible, so
 * every feature is at most two clicks away and no label is clipped (Fluent's overflow pattern).
 */
export function PaneNav({ items, selected, onSelect }: { items: readonly NavItem[]; selected: string; onSelect: (id: string) => void }) {
  return (
    <Overflow minimumVisible={2} padding={8}>
      {/* The "More" button sits beside the tab list, not in it: a tablist may hold only tabs. */}
      <div style={{ display: "flex", flexWrap: "nowrap", alignItems: "center", minWidth: 0, overflow: "hidden" }}>
        <TabList size="small" selectedValue={selected} onTabSelect={(_, d) => onSelect(String(d.value))} style={{ flexWrap: "nowrap", minWidth: 0 }}>
          {items.map((t) => (
            <OverflowItem key={t.id} id={t.id} priority={t.id === selected ? 2 : 1}>
              <Tab value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`}>
                {t.label}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreMenu items={items} onSelect={onSelect} />
      </div>
    </Overflow>
  );
}

function MoreMenu({ items, onSelect }: { items: readonly NavItem[]; onSelect: (id: string) => void }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} appearance="transparent" size="small" aria-label={`More features (${overflowCount})`} style={{ minWidth: "auto", flexShrink: 0 }}>
          More ▾
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {items.map((t) => (
            <HiddenItem key={t.id} item={t} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A menu entry for a tab that did not fit. */
function HiddenItem({ item, onSelect }: { item: NavItem; onSelect: (id: string) => void }) {
  const visible = useIsOverflowItemVisible(item.id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(item.id)}>{item.label}</MenuItem>;
}
