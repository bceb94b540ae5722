; alloca sizes, counts, alignment, lifetime markers, invariant markers.

;; pair: alloca with an i8 count of -1 holds 255 bytes, a store at offset 200 is defined
;; expect: wrong
;; source
define i8 @f() {
  %a = alloca i8, i8 -1, align 1
  %q = getelementptr i8, ptr %a, i64 200
  store i8 1, ptr %q
  %v = load i8, ptr %q
  ret i8 %v
}
;; target
define i8 @f() {
  %a = alloca i8, i8 -1, align 1
  ret i8 2
}

;; pair: alloca with an i8 count of -2 (254 i16s) store/load round trip folded
;; expect: proved
;; source
define i16 @f() {
  %a = alloca i16, i8 -2, align 2
  %q = getelementptr i16, ptr %a, i64 100
  store i16 7, ptr %q
  %v = load i16, ptr %q
  ret i16 %v
}
;; target
define i16 @f() {
  ret i16 7
}

;; pair: alloca of two i32s, store to the second element is in bounds
;; expect: wrong
;; source
define i32 @f() {
  %a = alloca i32, i32 2, align 4
  %q = getelementptr i32, ptr %a, i64 1
  store i32 5, ptr %q
  %v = load i32, ptr %q
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 6
}

;; pair: a store past a one-element alloca is UB, target returns anything
;; expect: proved
;; source
define i32 @f() {
  %a = alloca i32, align 4
  %q = getelementptr i32, ptr %a, i64 1
  store i32 5, ptr %q
  ret i32 0
}
;; target
define i32 @f() {
  ret i32 1
}

;; pair: zero-sized alloca: any load is UB
;; expect: proved
;; source
define i32 @f() {
  %a = alloca i32, i32 0, align 4
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 3
}

;; pair: after lifetime.end and a new lifetime.start the local holds an undefined value, target returns the old store
;; expect: right
;; source
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
define i32 @f() {
  %a = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  store i32 5, ptr %a
  call void @llvm.lifetime.end.p0(i64 4, ptr %a)
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  %v = load i32, ptr %a
  call void @llvm.lifetime.end.p0(i64 4, ptr %a)
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 5
}

;; pair: target ends and restarts the lifetime of a local between a store and its load
;; expect: wrong
;; source
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
define i32 @f() {
  %a = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  store i32 5, ptr %a
  %v = load i32, ptr %a
  call void @llvm.lifetime.end.p0(i64 4, ptr %a)
  ret i32 %v
}
;; target
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
define i32 @f() {
  %a = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  store i32 5, ptr %a
  call void @llvm.lifetime.end.p0(i64 4, ptr %a)
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  %v = load i32, ptr %a
  call void @llvm.lifetime.end.p0(i64 4, ptr %a)
  ret i32 %v
}

;; pair: target loads a local after its lifetime ended
;; expect: wrong
;; source
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
define i32 @f() {
  %a = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  store i32 5, ptr %a
  %v = load i32, ptr %a
  call void @llvm.lifetime.end.p0(i64 4, ptr %a)
  ret i32 %v
}
;; target
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
define i32 @f() {
  %a = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  store i32 5, ptr %a
  call void @llvm.lifetime.end.p0(i64 4, ptr %a)
  %v = load i32, ptr %a
  ret i32 %v
}

;; pair: lifetime markers removed from a local that is only stored and loaded inside its lifetime
;; expect: proved
;; source
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
define i32 @f(i32 %x) {
  %a = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  store i32 %x, ptr %a
  %v = load i32, ptr %a
  call void @llvm.lifetime.end.p0(i64 4, ptr %a)
  ret i32 %v
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: two locals with disjoint lifetimes: the second one's load returns its own store
;; expect: proved
;; source
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
define i32 @f() {
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  store i32 1, ptr %a
  call void @llvm.lifetime.end.p0(i64 4, ptr %a)
  call void @llvm.lifetime.start.p0(i64 4, ptr %b)
  store i32 2, ptr %b
  %v = load i32, ptr %b
  call void @llvm.lifetime.end.p0(i64 4, ptr %b)
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 2
}

;; pair: target stores into memory after llvm.invariant.start declared it constant
;; expect: wrong
;; source
declare ptr @llvm.invariant.start.p0(i64, ptr)
define i32 @f() {
  %a = alloca i32, align 4
  store i32 1, ptr %a
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
declare ptr @llvm.invariant.start.p0(i64, ptr)
define i32 @f() {
  %a = alloca i32, align 4
  store i32 0, ptr %a
  %i = call ptr @llvm.invariant.start.p0(i64 4, ptr %a)
  store i32 1, ptr %a
  %v = load i32, ptr %a
  ret i32 %v
}

;; pair: a 4-aligned load from an alloca promised 16-aligned: the low bits of its address are zero
;; expect: proved
;; source
define i32 @f() {
  %a = alloca i32, align 16
  store i32 9, ptr %a, align 16
  %v = load i32, ptr %a, align 16
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 9
}

;; pair: a load aligned more than its alloca, kept as it is, with an extra computation folded
;; expect: right
;; source
define i32 @f(i32 %x) {
  %a = alloca i32, align 1
  store i32 %x, ptr %a, align 1
  %v = load i32, ptr %a, align 4
  %w = add i32 %v, 0
  ret i32 %w
}
;; target
define i32 @f(i32 %x) {
  %a = alloca i32, align 1
  store i32 %x, ptr %a, align 1
  %v = load i32, ptr %a, align 4
  ret i32 %v
}

;; pair: uninitialized local loaded, target returns it frozen into 0
;; expect: right
;; source
define i32 @f() {
  %a = alloca i32, align 4
  %v = load i32, ptr %a
  %w = freeze i32 %v
  ret i32 %w
}
;; target
define i32 @f() {
  ret i32 0
}

;; pair: source returns 0, target returns a load of an uninitialized local
;; expect: wrong
;; source
define i32 @f() {
  ret i32 0
}
;; target
define i32 @f() {
  %a = alloca i32, align 4
  %v = load i32, ptr %a
  ret i32 %v
}

;; pair: local partially initialized: the stored half is known, target returns it with the other half zeroed
;; expect: wrong
;; source
define i32 @f() {
  %a = alloca i32, align 4
  store i16 7, ptr %a
  %v = load i32, ptr %a
  %w = freeze i32 %v
  ret i32 %w
}
;; target
define i32 @f() {
  ret i32 458759
}

;; pair: local partially initialized, frozen load masked to the stored half
;; expect: right
;; source
define i32 @f() {
  %a = alloca i32, align 4
  store i16 7, ptr %a
  %v = load i32, ptr %a
  %w = freeze i32 %v
  %m = and i32 %w, 65535
  ret i32 %m
}
;; target
define i32 @f() {
  ret i32 7
}
