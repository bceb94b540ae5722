; Probe set F: undef (not poison) lanes in vectors: shuffles, inserts, bitcasts, memory.

;; pair: shuffle selecting lanes of an undef operand gives undef lanes, target returns poison lanes
;; expect: wrong
;; source
define <2 x i32> @f(<2 x i32> %a) {
  %r = shufflevector <2 x i32> %a, <2 x i32> undef, <2 x i32> <i32 0, i32 3>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %a) {
  %r = shufflevector <2 x i32> %a, <2 x i32> poison, <2 x i32> <i32 0, i32 3>
  ret <2 x i32> %r
}

;; pair: shuffle selecting lanes of a poison operand, target selects from undef instead (more defined)
;; expect: proved
;; source
define <2 x i32> @f(<2 x i32> %a) {
  %r = shufflevector <2 x i32> %a, <2 x i32> poison, <2 x i32> <i32 0, i32 3>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %a) {
  %r = shufflevector <2 x i32> %a, <2 x i32> undef, <2 x i32> <i32 0, i32 3>
  ret <2 x i32> %r
}

;; pair: insertelement into undef leaves lane 1 undef, target inserts into poison
;; expect: wrong
;; source
define <2 x i32> @f(i32 %x) {
  %r = insertelement <2 x i32> undef, i32 %x, i64 0
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(i32 %x) {
  %r = insertelement <2 x i32> poison, i32 %x, i64 0
  ret <2 x i32> %r
}

;; pair: extractelement of an undef lane of a constant is undef, target returns poison
;; expect: wrong
;; source
define i32 @f() {
  %r = extractelement <2 x i32> <i32 1, i32 undef>, i64 1
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 poison
}

;; pair: bitcast <2 x i32> <x, undef> to i64, masked to the low half, is zext x
;; expect: proved
;; source
define i64 @f(i32 noundef %x) {
  %v = insertelement <2 x i32> undef, i32 %x, i64 0
  %b = bitcast <2 x i32> %v to i64
  %r = and i64 %b, 4294967295
  ret i64 %r
}
;; target
define i64 @f(i32 noundef %x) {
  %r = zext i32 %x to i64
  ret i64 %r
}

;; pair: bitcast <2 x i32> <x, undef> to i64 is partly undef, not poison: target returns poison
;; expect: wrong
;; source
define i64 @f(i32 noundef %x) {
  %v = insertelement <2 x i32> undef, i32 %x, i64 0
  %b = bitcast <2 x i32> %v to i64
  ret i64 %b
}
;; target
define i64 @f(i32 noundef %x) {
  ret i64 poison
}

;; pair: bitcast <2 x i32> <x, undef> to i64: the low half is x, target claims it can be anything (returns 0)
;; expect: wrong
;; source
define i64 @f(i32 noundef %x) {
  %v = insertelement <2 x i32> undef, i32 %x, i64 0
  %b = bitcast <2 x i32> %v to i64
  ret i64 %b
}
;; target
define i64 @f(i32 noundef %x) {
  ret i64 0
}

;; pair: bitcast <2 x i32> <x, undef> to i64: target returns zext x (high half undef may be 0)
;; expect: proved
;; source
define i64 @f(i32 noundef %x) {
  %v = insertelement <2 x i32> undef, i32 %x, i64 0
  %b = bitcast <2 x i32> %v to i64
  ret i64 %b
}
;; target
define i64 @f(i32 noundef %x) {
  %r = zext i32 %x to i64
  ret i64 %r
}

;; pair: store <2 x i32> undef in a local, the i64 load is undef (not poison): target returns poison
;; expect: wrong
;; source
define i64 @f() {
  %a = alloca i64, align 8
  store <2 x i32> undef, ptr %a, align 8
  %r = load i64, ptr %a, align 8
  ret i64 %r
}
;; target
define i64 @f() {
  ret i64 poison
}

;; pair: store <2 x i32> <x, undef> into a local then load i32 at offset 0 is x
;; expect: proved
;; source
define i32 @f(i32 noundef %x) {
  %a = alloca i64, align 8
  %v = insertelement <2 x i32> undef, i32 %x, i64 0
  store <2 x i32> %v, ptr %a, align 8
  %r = load i32, ptr %a, align 8
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x) {
  ret i32 %x
}

;; pair: an undef lane used twice through one shuffle result: lane 1 xor lane 1 may be non-zero? (each use of the same SSA value sees one value per lane read) target returns 0
;; expect: right
;; source
define i32 @f() {
  %s = shufflevector <2 x i32> undef, <2 x i32> poison, <2 x i32> <i32 0, i32 1>
  %a = extractelement <2 x i32> %s, i64 1
  %b = extractelement <2 x i32> %s, i64 1
  %r = xor i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 0
}

;; pair: vector select between undef lane and a noundef x: target picks x
;; expect: proved
;; source
define <2 x i32> @f(<2 x i1> noundef %c, <2 x i32> noundef %x) {
  %r = select <2 x i1> %c, <2 x i32> undef, <2 x i32> %x
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i1> noundef %c, <2 x i32> noundef %x) {
  ret <2 x i32> %x
}

;; pair: vector select between poison lane and x with an undef condition lane: target picks x (undef cond may choose either)
;; expect: right
;; source
define <2 x i32> @f(<2 x i32> %x) {
  %r = select <2 x i1> <i1 true, i1 undef>, <2 x i32> %x, <2 x i32> zeroinitializer
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %x) {
  %r = insertelement <2 x i32> %x, i32 0, i64 1
  ret <2 x i32> %r
}

;; pair: vector select with an undef condition lane, target returns a lane value neither arm gives
;; expect: wrong
;; source
define <2 x i32> @f(<2 x i32> %x) {
  %r = select <2 x i1> <i1 true, i1 undef>, <2 x i32> %x, <2 x i32> zeroinitializer
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> noundef %x) {
  %r = insertelement <2 x i32> %x, i32 7, i64 1
  ret <2 x i32> %r
}
