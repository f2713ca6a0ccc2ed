"use client";

import { Button } from "@/app/_components/ui/button";

/** Prints the report on A4 without the navigation (see the print rules in globals.css). */
export function PrintButton() {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()}>
      打印
    </Button>
  );
}
