import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

const searchDelayMs = 300;

interface RosterSearchInputProps {
  /** The search the roster currently shows, from the URL. */
  search: string;
  onSearch: (search: string) => void;
}

/** Search as you type: the roster follows once typing pauses, or at once on Enter. */
export function RosterSearchInput({ search, onSearch }: RosterSearchInputProps) {
  const [input, setInput] = useState(search);
  const searchAfterPause = useDebouncedCallback(onSearch, searchDelayMs);

  // When the URL's search changes from elsewhere (back button, reload), show it in the box.
  const [shownSearch, setShownSearch] = useState(search);
  if (search !== shownSearch) {
    setShownSearch(search);
    if (search !== input.trim()) {
      setInput(search);
    }
  }

  return (
    <TextInput
      type="search"
      label="Search staff"
      placeholder="Name, email or staff ID"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={input}
      onChange={(event) => {
        setInput(event.currentTarget.value);
        searchAfterPause(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          searchAfterPause.flush();
        }
      }}
      maw={360}
    />
  );
}
